namespace Kim.Workflows.Domain.Clients;

public enum Gender
{
    Weiblich,
    Maennlich,
    Divers,
}
