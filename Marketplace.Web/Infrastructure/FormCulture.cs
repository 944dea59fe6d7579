using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Reads posted form values with the invariant culture instead of the interface language.
/// What a browser posts is machine-formatted whatever the page's language: an
/// <c>&lt;input type="number"&gt;</c> always sends "56.60034" and "1.5", <c>type="date"</c> sends
/// "2026-12-02", and our hidden map-point fields are written invariantly. ASP.NET Core's own form
/// provider parses them with <see cref="CultureInfo.CurrentCulture"/>, so in Swedish and Ukrainian
/// (decimal comma) and Arabic (decimal "٫", and "-3" is not a number there) every decimal failed to
/// bind and a clicked map point was lost. Query strings are already read invariantly by the
/// framework; this makes posted forms agree (docs/decisions/0012).</summary>
public sealed class InvariantFormValueProviderFactory : IValueProviderFactory
{
    public Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        return request.HasFormContentType ? AddAsync(context, request) : Task.CompletedTask;
    }

    private static async Task AddAsync(ValueProviderFactoryContext context, HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.ActionContext.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // As the framework's provider does: a malformed or oversized body is a 400, not a 500.
            throw new ValueProviderException("The form could not be read.", ex);
        }
        context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
    }

    /// <summary>Puts this factory where the framework's form provider was, so the order of
    /// route, query and form values stays the framework's.</summary>
    public static void ReplaceIn(IList<IValueProviderFactory> factories)
    {
        var index = factories.IndexOf(factories.OfType<FormValueProviderFactory>().Single());
        factories[index] = new InvariantFormValueProviderFactory();
    }
}

/// <summary>The model binder's own messages ("The value 'abc' is not valid for Commute.") in the
/// user's language, without property names: they are read at binding time, when the request's
/// culture is set.</summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, _) => l["\"{0}\" is not a valid value here.", value]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["\"{0}\" is not a valid value here.", value]);
        m.SetUnknownValueIsInvalidAccessor(_ => l["Check this value."]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Check this value."]);
        m.SetValueIsInvalidAccessor(value => l["\"{0}\" is not a valid value here.", value]);
        m.SetValueMustBeANumberAccessor(_ => l["Enter a number."]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["Enter a number."]);
        m.SetMissingBindRequiredValueAccessor(_ => l["This field is required."]);
        m.SetMissingKeyOrValueAccessor(() => l["This field is required."]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["This field is required."]);
        m.SetValueMustNotBeNullAccessor(_ => l["This field is required."]);
    }
}
