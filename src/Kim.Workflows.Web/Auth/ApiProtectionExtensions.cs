namespace Kim.Workflows.Web.Auth;

public static class ApiProtectionExtensions
{
    /// <summary>Same-origin and antiforgery checks for cookie callers (not for API keys); see <see cref="ApiRequestProtectionFilter"/>.</summary>
    public static TBuilder WithKimApiProtection<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiRequestProtectionFilter>();
}
