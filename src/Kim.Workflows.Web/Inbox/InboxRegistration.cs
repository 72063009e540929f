namespace Kim.Workflows.Web.Inbox;

public static class InboxRegistration
{
    /// <summary>The task inbox's services (pages live in <c>Pages/Inbox</c>; <c>InboxQuery</c> comes with the runtime).</summary>
    public static WebApplicationBuilder AddKimInbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TaskCompletion>();
        return builder;
    }
}
