namespace Kim.Workflows.Engine.Persistence;

/// <summary>An instance with a subscription waiting for a message name.</summary>
public sealed record MessageSubscriptionMatch(Guid InstanceId, Guid SubscriptionId, string? BusinessKey);
