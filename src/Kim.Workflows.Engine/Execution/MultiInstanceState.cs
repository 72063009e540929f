namespace Kim.Workflows.Engine.Execution;

/// <summary>Counters of a multi-instance body (BPMN 2.0 §13.3.7: nrOfInstances, nrOfActiveInstances, nrOfCompletedInstances).</summary>
public sealed class MultiInstanceState
{
    public int NrOfInstances { get; set; }

    public int NrOfActiveInstances { get; set; }

    public int NrOfCompletedInstances { get; set; }

    /// <summary>The collection evaluated when the body started (null for loopCardinality).</summary>
    public List<object?>? Items { get; set; }

    /// <summary>Sequential: index of the next iteration to start.</summary>
    public int NextIndex { get; set; }

    public MultiInstanceState Clone()
    {
        var copy = (MultiInstanceState)MemberwiseClone();
        copy.Items = Items is null ? null : [.. Items];
        return copy;
    }
}
