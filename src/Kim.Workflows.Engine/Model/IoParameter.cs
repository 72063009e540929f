namespace Kim.Workflows.Engine.Model;

/// <summary>A <c>camunda:inputParameter</c> / <c>outputParameter</c>: a text (may hold expressions), a list or a map.</summary>
public sealed record IoParameter(string Name, string? Text, IReadOnlyList<string>? List, IReadOnlyDictionary<string, string>? Map);
