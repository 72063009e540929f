using System.Text.Json;
using System.Text.Json.Nodes;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Tests.Variables;

public class VariableValuesTests
{
    [Fact]
    public void NormalizeConvertsClrTypes()
    {
        Assert.Equal(5L, VariableValues.Normalize(5));
        Assert.Equal(5L, VariableValues.Normalize((short)5));
        Assert.Equal(5L, VariableValues.Normalize((byte)5));
        Assert.Equal(5L, VariableValues.Normalize(5m));
        Assert.Equal(2.5, VariableValues.Normalize(2.5m));
        Assert.Equal(1.5, VariableValues.Normalize(1.5f));
        Assert.Equal("x", VariableValues.Normalize('x'));
        Assert.Equal(new List<object?> { 1L, 2L }, VariableValues.Normalize(new[] { 1, 2 }));
        var map = Assert.IsType<Dictionary<string, object?>>(VariableValues.Normalize(new Dictionary<string, int> { ["a"] = 1 }));
        Assert.Equal(1L, map["a"]);
        Assert.Equal(new List<object?> { 1L, "b" }, VariableValues.Normalize(JsonDocument.Parse("[1,\"b\"]").RootElement));
        var node = Assert.IsType<Dictionary<string, object?>>(VariableValues.Normalize(JsonNode.Parse("{\"a\":[1,2.5,null,true]}")));
        Assert.Equal(new List<object?> { 1L, 2.5, null, true }, node["a"]);
        Assert.Equal(7L, Assert.IsType<Dictionary<string, object?>>(VariableValues.Normalize(new JsonObject { ["n"] = 7 }))["n"]);
        Assert.Throws<ArgumentException>(() => VariableValues.Normalize(new object()));
    }

    [Fact]
    public void ParseDistinguishesIntegersFromDecimals()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(VariableValues.Parse("""{"i":2,"d":2.0,"e":1e2,"big":12345678901234567890,"s":"x","n":null,"b":false}"""));
        Assert.IsType<long>(map["i"]);
        Assert.IsType<double>(map["d"]);
        Assert.IsType<double>(map["e"]);
        Assert.IsType<double>(map["big"]);
        Assert.Equal("x", map["s"]);
        Assert.Null(map["n"]);
        Assert.Equal(false, map["b"]);
    }

    [Fact]
    public void ToJsonRoundTripsTypes()
    {
        var value = new Dictionary<string, object?>
        {
            ["long"] = 2L,
            ["double"] = 2.0,
            ["fraction"] = 0.1,
            ["date"] = new DateTimeOffset(2030, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)),
            ["list"] = new List<object?> { "Fallkonferenz <b>", null, true },
        };
        var json = VariableValues.ToJson(value);
        Assert.Contains("\"double\":2.0", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        var back = Assert.IsType<Dictionary<string, object?>>(VariableValues.Parse(json));
        Assert.IsType<long>(back["long"]);
        Assert.IsType<double>(back["double"]);
        Assert.Equal(0.1, back["fraction"]);
        Assert.Equal("2030-03-01T09:00:00.0000000+01:00", back["date"]); // dates come back as ISO strings
        Assert.True(VariableValues.DeepEquals(value["list"], back["list"]));
    }

    [Fact]
    public void UmlautsStayReadable() => Assert.Equal("\"Größe\"", VariableValues.ToJson("Größe"));

    [Fact]
    public void NonFiniteDoublesCannotBeWritten() =>
        Assert.Throws<ArgumentException>(() => VariableValues.ToJson(double.NaN));

    [Fact]
    public void DeepEqualsComparesStructurally()
    {
        Assert.True(VariableValues.DeepEquals(2L, 2.0));
        Assert.True(VariableValues.DeepEquals(2, 2L));
        Assert.False(VariableValues.DeepEquals(true, 1L));
        Assert.False(VariableValues.DeepEquals("1", 1L));
        Assert.True(VariableValues.DeepEquals(null, null));
        Assert.False(VariableValues.DeepEquals(null, 0L));
        Assert.True(VariableValues.DeepEquals(
            VariableValues.Parse("""{"a":[1,{"b":"c"}],"d":null}"""),
            VariableValues.Parse("""{"d":null,"a":[1.0,{"b":"c"}]}""")));
        Assert.False(VariableValues.DeepEquals(VariableValues.Parse("[1,2]"), VariableValues.Parse("[2,1]")));
        Assert.False(VariableValues.DeepEquals(VariableValues.Parse("""{"a":1}"""), VariableValues.Parse("""{"a":1,"b":2}""")));
        Assert.True(VariableValues.DeepEquals(
            new DateTimeOffset(2030, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void WriteJsonWritesIntoAnExistingWriter()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("v");
            VariableValues.WriteJson(writer, new[] { 1, 2 });
            writer.WriteEndObject();
        }

        Assert.Equal("""{"v":[1,2]}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
