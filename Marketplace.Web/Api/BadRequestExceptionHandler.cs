using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

/// <summary>Turns unreadable requests (malformed JSON, a string where a number belongs, an unknown
/// enum value) into a 400 problem that names the offending field, instead of a bare 400 or a 500.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var detail = bad.InnerException is JsonException json
            ? $"The request body is not valid: {json.Message}"
            : bad.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = detail },
            Exception = exception,
        });
    }
}
