using Jint;
using JintEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Object;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Scripting;

/// <summary>
/// Converts between the variable value model and JavaScript values by hand, so no CLR object
/// is ever exposed to a script (Jint's interop would reflect over it).
/// </summary>
internal static class JsValueConverter
{
    private const int MaxDepth = 64;

    public static JsValue ToJs(JintEngine engine, object? value, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new ScriptException($"variable value is nested more than {MaxDepth} levels deep");
        }

        switch (VariableValues.IsModelValue(value) ? value : VariableValues.Normalize(value))
        {
            case null:
                return JsValue.Null;
            case bool b:
                return b ? JsBoolean.True : JsBoolean.False;
            case long l:
                return new JsNumber(l);
            case double d:
                return new JsNumber(d);
            case string s:
                return new JsString(s);
            case DateTimeOffset dto:
                return engine.Construct("Date", new JsNumber(dto.ToUnixTimeMilliseconds()));
            case List<object?> list:
                var items = new JsValue[list.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToJs(engine, list[i], depth + 1);
                }

                return new JsArray(engine, items);
            case Dictionary<string, object?> map:
                var obj = new JsObject(engine);
                foreach (var (key, item) in map)
                {
                    obj.Set(key, ToJs(engine, item, depth + 1));
                }

                return obj;
            default:
                throw new ScriptException($"unsupported variable type {value!.GetType().Name}");
        }
    }

    /// <summary>JS numbers that are integral (and fit) become long, others double; NaN and Infinity are rejected.</summary>
    public static object? FromJs(JsValue value, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new ScriptException($"value is nested more than {MaxDepth} levels deep (or contains a cycle)");
        }

        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return value.AsBoolean();
        }

        if (value.IsNumber())
        {
            return FromNumber(value.AsNumber());
        }

        if (value.IsString())
        {
            return value.AsString();
        }

        if (value.IsDate())
        {
            var date = value.AsDate();
            return date.DateValue is var ms && double.IsFinite(ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms)
                : throw new ScriptException("an invalid Date cannot be stored in a variable");
        }

        if (value.IsArray())
        {
            var array = value.AsArray();
            var length = array.Length;
            var list = new List<object?>((int)Math.Min(length, 10_000));
            for (uint i = 0; i < length; i++)
            {
                list.Add(FromJs(array.Get(i), depth + 1));
            }

            return list;
        }

        if (value is ObjectInstance obj and not Jint.Native.Function.Function)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var key in obj.GetOwnPropertyKeys(Jint.Runtime.Types.String))
            {
                var descriptor = obj.GetOwnProperty(key);
                if (descriptor.Enumerable)
                {
                    map[key.AsString()] = FromJs(obj.Get(key), depth + 1);
                }
            }

            return map;
        }

        throw new ScriptException($"a JavaScript {value.Type} cannot be stored in a variable");
    }

    private static object FromNumber(double d)
    {
        object result;
        if (!double.IsFinite(d))
        {
            throw new ScriptException($"the number {d} cannot be stored in a variable");
        }

        // 2^63 itself is not representable as long, hence the strict upper bound.
        if (Math.Floor(d) == d && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
        {
            result = (long)d;
        }
        else
        {
            result = d;
        }

        return result;
    }
}
