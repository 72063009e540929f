using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Behaviors.Events;

/// <summary>Finds the error boundary event of an activity that catches an error code.</summary>
public static class ErrorCatcher
{
    /// <summary>A boundary naming the code wins over a catch-all (no error reference, or an error without code).</summary>
    public static EventNode? Find(Activity activity, string? errorCode)
    {
        EventNode? catchAll = null;
        foreach (var boundary in activity.BoundaryEvents)
        {
            if (boundary.Trigger != EventTrigger.Error)
            {
                continue;
            }

            var code = boundary.Error?.ErrorCode;
            if (code is null)
            {
                catchAll ??= boundary;
            }
            else if (errorCode is not null && code == errorCode)
            {
                return boundary;
            }
        }

        return catchAll;
    }
}
