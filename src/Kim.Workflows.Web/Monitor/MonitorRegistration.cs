namespace Kim.Workflows.Web.Monitor;

public static class MonitorRegistration
{
    /// <summary>The instance monitor's services (pages in <c>Pages/Monitor</c>).</summary>
    public static WebApplicationBuilder AddKimMonitor(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MonitorQuery>();
        builder.Services.AddSingleton<DeliveryFailures>();
        return builder;
    }
}
