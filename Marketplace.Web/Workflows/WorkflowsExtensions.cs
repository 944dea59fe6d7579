namespace Marketplace.Web.Workflows;

public static class WorkflowsExtensions
{
    /// <summary>The use cases of placements, profiles, shortlists, consent, outcomes and employers,
    /// with the taxonomy look-ups their forms share.</summary>
    public static IServiceCollection AddMarketplaceWorkflows(this IServiceCollection services) =>
        services.AddScoped<TaxonomyLabels>()
            .AddScoped<PlacementService>()
            .AddScoped<AgreementService>()
            .AddScoped<CandidateProfileService>()
            .AddScoped<ShortlistService>()
            .AddScoped<ConsentService>()
            .AddScoped<PresentedCandidates>()
            .AddScoped<OutcomeService>()
            .AddScoped<ProfileViewService>()
            .AddScoped<EmployerRegistrationService>()
            .AddScoped<EmployerRelationsService>();
}
