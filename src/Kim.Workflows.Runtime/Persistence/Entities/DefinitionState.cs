namespace Kim.Workflows.Runtime.Persistence.Entities;

public enum DefinitionState
{
    /// <summary>Saved, not startable: the designer's work in progress.</summary>
    Draft,

    /// <summary>Startable; the newest published version of a key is the one new instances get.</summary>
    Published,
}
