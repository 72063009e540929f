namespace Kim.Workflows.Domain.Clients;

public enum HouseholdRelationship
{
    Partner,
    Kind,
    Elternteil,
    Geschwister,
    Sonstige,
}
