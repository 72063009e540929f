using Kim.Workflows.Web;

// The web host: everything is registered and mapped by the two extension methods below.
var builder = WebApplication.CreateBuilder(args);

builder.AddKimWorkflowsWeb();

var app = builder.Build();

app.MapKimWorkflowsWeb();

app.Run();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
