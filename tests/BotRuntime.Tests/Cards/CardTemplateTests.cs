using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Cards;

namespace BotRuntime.Tests.Cards;

/// <summary>The templating language as adaptivecards-templating 2.3.1 defines it, stated one rule at a time.</summary>
public sealed class CardTemplateTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonNode? Expand(string template, string data) =>
        CardTemplate.Parse(template).Expand(JsonNode.Parse(data));

    /// <summary>The expanded <c>text</c> property as JSON (so <c>"1"</c> and <c>1</c> differ).</summary>
    private static string Text(string binding, string data) =>
        Expand($$"""{ "text": "{{binding}}" }""", data)!["text"]?.ToJsonString(Readable) ?? "null";

    [Theory]
    [InlineData("""{ "v": 3 }""", "3")]
    [InlineData("""{ "v": 2.5 }""", "2.5")]
    [InlineData("""{ "v": true }""", "true")]
    [InlineData("""{ "v": { "a": 1 } }""", """{"a":1}""")]
    [InlineData("""{ "v": [1, "x"] }""", """[1,"x"]""")]
    [InlineData("""{ "v": null }""", "null")]
    public void AStringThatIsExactlyOneBindingTakesTheValuesJsonType(string data, string expected) =>
        Assert.Equal(expected, Text("${v}", data));

    [Theory]
    [InlineData("${1}", "\"1\"")]
    [InlineData("${true}", "\"true\"")]
    [InlineData("${-1}", "-1")]
    public void ALiteralAloneInABindingIsText(string binding, string expected) =>
        Assert.Equal(expected, Text(binding, "{}"));

    [Theory]
    [InlineData("${missing}", "\"${missing}\"")]
    [InlineData("Hello ${missing}!", "\"Hello ${missing}!\"")]
    [InlineData("${a.b.c}", "\"${a.b.c}\"")]
    [InlineData("${items[3].name}", "\"${items[3].name}\"")]
    [InlineData("${count(missing)}", "10")]
    [InlineData("${toUpper(missing)}", "\"${MISSING}\"")]
    public void AMissingPathEvaluatesToItsOwnBindingText(string binding, string expected) =>
        Assert.Equal(expected, Text(binding, """{ "a": { "b": null }, "items": [] }"""));

    [Fact]
    public void CoalesceDoesNotSeeAMissingPathButExistsDoes()
    {
        Assert.Equal("\"${name}\"", Text("${coalesce(name, 'anonymous')}", "{}"));
        Assert.Equal("\"anonymous\"", Text("${if(exists(name), name, 'anonymous')}", "{}"));
        Assert.Equal("\"anonymous\"", Text("${coalesce(name, 'anonymous')}", """{ "name": null }"""));
    }

    [Fact]
    public void ANullValueCannotBeInterpolatedIntoText()
    {
        var exception = Assert.Throws<CardTemplateException>(() => Text("Consultant: ${consultant}", """{ "consultant": null }"""));
        Assert.Contains("consultant", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "n": 1.0 }""", "n=1")]
    [InlineData("""{ "n": 0.1 }""", "n=0.1")]
    [InlineData("""{ "n": 1e21 }""", "n=1e+21")]
    [InlineData("""{ "n": 0.0000001 }""", "n=1e-7")]
    [InlineData("""{ "n": -0 }""", "n=0")]
    [InlineData("""{ "n": true }""", "n=true")]
    [InlineData("""{ "n": [1, null, [2, 3]] }""", "n=1,,2,3")]
    [InlineData("""{ "n": { "a": 1 } }""", "n=[object Object]")]
    public void ValuesInTextAreWrittenAsJavaScriptWritesThem(string data, string expected) =>
        Assert.Equal($"\"{expected}\"", Text("n=${n}", data));

    [Theory]
    [InlineData("${1 + 2 * 3}", "7")]
    [InlineData("${div(7, 2)}", "3")]
    [InlineData("${7.5 / 2}", "3.75")]
    [InlineData("${0.1 + 0.2}", "0.30000000000000004")]
    [InlineData("${'a' + 1}", "\"a1\"")]
    [InlineData("${2 ^ 3 ^ 2}", "512")]
    public void ArithmeticFollowsAdaptiveExpressions(string binding, string expected) =>
        Assert.Equal(expected, Text(binding, "{}"));

    [Theory]
    [InlineData("${or(false, 0)}", "true")]
    [InlineData("${or(false, nothing)}", "null")]
    [InlineData("${or(false, false)}", "false")]
    [InlineData("${and(true, nothing)}", "false")]
    public void OrGivesTheLastOperandWhenNoneIsTrueWhileAndIsAlwaysABoolean(string binding, string expected) =>
        Assert.Equal(expected, Text(binding, """{ "nothing": null }"""));

    [Fact]
    public void AnEscapedQuoteInALiteralDoesNotSwallowTheNextBinding() =>
        Assert.Equal("\"it's Ada and x\"", Text("${concat('it\\\\'s ', name)} and ${'x'}", """{ "name": "Ada" }"""));

    [Theory]
    [InlineData("${string(1234567.5)}", "1,234,567.5")]
    [InlineData("${string(-5)}", "\u22125")]
    [InlineData("${formatNumber(1234.5678, 2)}", "1,234.57")]
    [InlineData("${formatNumber(0.005, 2)}", "0.01")]
    [InlineData("${formatNumber(1.005, 2)}", "1.00")]
    [InlineData("${formatNumber(-0.001, 2)}", "0.00")]
    [InlineData("${formatNumber(1234.5, 1, 'de-DE')}", "1.234,5")]
    [InlineData("${formatNumber(1234.5, 1, 'fr-FR')}", "1\u00a0234,5")]
    public void NumbersAreFormattedWithGroupingAndTheUnicodeMinusSign(string binding, string expected) =>
        Assert.Equal(expected, Expand($$"""{ "text": "{{binding}}" }""", "{}")!["text"]!.GetValue<string>());

    [Fact]
    public void DataBoundToAnArrayRepeatsTheObjectWithItsIndex()
    {
        var card = Expand(
            """{ "body": [ { "$data": "${items}", "text": "${$index}: ${name} of ${$root.owner}" } ] }""",
            """{ "owner": "Ada", "items": [ { "name": "a" }, { "name": "b" } ] }""");
        Assert.Equal("""{"body":[{"text":"0: a of Ada"},{"text":"1: b of Ada"}]}""", card!.ToJsonString());
    }

    [Fact]
    public void DataBoundToAnEmptyArrayRemovesTheObject()
    {
        var card = Expand("""{ "body": [ "first", { "$data": "${items}", "text": "${name}" }, "last" ] }""", """{ "items": [] }""");
        Assert.Equal("""{"body":["first","last"]}""", card!.ToJsonString());
    }

    [Fact]
    public void DataBoundToAMissingPathKeepsTheObjectWithTheBindingTextAsItsData()
    {
        var card = Expand("""{ "body": [ { "$data": "${items}", "text": "${name}|${$data}" } ] }""", "{}");
        Assert.Equal("""{"body":[{"text":"${name}|${items}"}]}""", card!.ToJsonString());
    }

    [Fact]
    public void DataBoundToAnObjectOpensANewScope()
    {
        var card = Expand("""{ "$data": "${person}", "text": "${name}", "outer": "${$root.title}" }""", """{ "title": "T", "person": { "name": "Ada" } }""");
        Assert.Equal("""{"text":"Ada","outer":"T"}""", card!.ToJsonString());
    }

    [Theory]
    [InlineData("\"${flag}\"", true)]
    [InlineData("\"${!flag}\"", false)]
    [InlineData("\"${count}\"", false)]
    [InlineData("\"${missing}\"", false)]
    [InlineData("\"${true}\"", false)]
    [InlineData("\"${1 == 1}\"", true)]
    [InlineData("true", false)]
    [InlineData("false", true)]
    [InlineData("null", true)]
    public void WhenKeepsTheObjectOnlyForTheBooleanTrue(string when, bool kept)
    {
        var card = Expand($$"""{ "body": [ { "$when": {{when}}, "text": "x" } ] }""", """{ "flag": true, "count": 1 }""");
        Assert.Equal(kept ? 1 : 0, card!["body"]!.AsArray().Count);
    }

    [Fact]
    public void WhenFiltersTheItemsOfARepeatedObject()
    {
        var card = Expand(
            """{ "body": [ { "$data": "${items}", "$when": "${done}", "text": "${$index}:${name}" } ] }""",
            """{ "items": [ { "name": "a", "done": true }, { "name": "b", "done": false }, { "name": "c", "done": true } ] }""");
        Assert.Equal("""{"body":[{"text":"0:a"},{"text":"2:c"}]}""", card!.ToJsonString());
    }

    [Fact]
    public void ARootDroppedByWhenExpandsToNothing() =>
        Assert.Null(Expand("""{ "$when": "${show}", "type": "AdaptiveCard" }""", """{ "show": false }"""));

    [Fact]
    public void AConcatBindingIsInterpolatedArgumentByArgument()
    {
        Assert.Equal("\"1,21,2\"", Text("${concat(list, list)}", """{ "list": [1, 2] }"""));
        Assert.Equal("[1,2,1,2]", Text("${createArray(1, 2, 1, 2)}", "{}"));
    }

    [Fact]
    public void ArraysInsideArraysAreSpliced() =>
        Assert.Equal("""{"items":[1,2,3,"a","b"]}""", Expand("""{ "items": [[1, 2], 3, "${more}", null] }""", """{ "more": ["a", "b"] }""")!.ToJsonString());

    [Fact]
    public void TemplatingKeywordsAreRemovedButDataKeysAreKept() =>
        Assert.Equal(
            """{"a":1,"data":{"$when":false}}""",
            Expand("""{ "$root": 0, "$index": 0, "$host": 0, "a": 1, "data": "${payload}" }""", """{ "payload": { "$when": false } }""")!.ToJsonString());

    [Fact]
    public void ABindingCanBeEscaped() =>
        Assert.Equal("\"${name} is Ada\"", Text("\\\\${name} is ${name}", """{ "name": "Ada" }"""));

    [Fact]
    public void HostDataIsReachableAsDollarHost() =>
        Assert.Equal(
            """{"theme":"dark"}""",
            CardTemplate.Parse("""{ "theme": "${$host.theme}" }""").Expand(JsonNode.Parse("{}"), JsonNode.Parse("""{ "theme": "dark" }"""))!.ToJsonString());

    [Fact]
    public void CSharpObjectsAreBoundByTheirCamelCaseJsonNames()
    {
        var card = CardTemplate.Parse("""{ "text": "${displayName} has ${itemCount} items", "flag": "${isActive}" }""")
            .Expand(new { DisplayName = "Ada", ItemCount = 3, IsActive = true });
        Assert.Equal("""{"text":"Ada has 3 items","flag":true}""", card!.ToJsonString());
    }

    [Fact]
    public void ExpansionLeavesTheDataUntouchedAndCanBeRepeated()
    {
        var template = CardTemplate.Parse("""{ "list": "${items}", "first": "${items[0]}" }""");
        var data = JsonNode.Parse("""{ "items": [ { "a": 1 } ] }""");
        var first = template.Expand(data)!.ToJsonString();
        var second = template.Expand(data)!.ToJsonString();
        Assert.Equal(first, second);
        Assert.Equal("""{"items":[{"a":1}]}""", data!.ToJsonString());
    }

    [Fact]
    public void OneTemplateExpandsCorrectlyOnManyThreadsAtOnce()
    {
        var template = CardTemplate.Parse("""{ "body": [ { "$data": "${items}", "text": "${$index}=${n}" } ] }""");
        var results = Enumerable.Range(0, 64).AsParallel().Select(i =>
            template.Expand(JsonNode.Parse($$"""{ "items": [ { "n": {{i}} }, { "n": {{i + 1}} } ] }"""))!.ToJsonString()).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            Assert.Equal($$"""{"body":[{"text":"0={{i}}"},{"text":"1={{i + 1}}"}]}""", results[i]);
        }
    }

    [Theory]
    [InlineData("${name ==}")]
    [InlineData("${add(1, true)}")]
    [InlineData("${if(a, b)}")]
    [InlineData("Run `npm` for ${name}")]
    [InlineData("ends with a backslash ${name}\\\\")]
    public void MalformedBindingsAreRefusedWhenTheTemplateIsParsed(string text) =>
        Assert.Throws<CardTemplateException>(() => CardTemplate.Parse($$"""{ "text": "{{text}}" }"""));

    [Theory]
    [InlineData("formatDateTime")]
    [InlineData("utcNow")]
    [InlineData("sortBy")]
    public void AdaptiveExpressionsFunctionsThisEngineLacksAreRefusedWhenParsed(string function)
    {
        var exception = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse($$"""{ "text": "${{{function}}(x)}" }"""));
        Assert.Contains(function, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFunctionStaysAsTextInInterpolationButFailsAWholeValueBinding()
    {
        Assert.Equal("\"x ${shout(name)}\"", Text("x ${shout(name)}", """{ "name": "a" }"""));
        Assert.Throws<CardTemplateException>(() => Text("${shout(name)}", """{ "name": "a" }"""));
    }

    // Each shape a node can expand to, in each place it can stand: the root, an object's property and an array's item
    // (arrays spliced into arrays, $data repeating 0, 1 or n times, $when dropping, undefined omitted, index keys first).
    // The expectations are what the engine gave when it still built a tree of the card, which the parity tests hold to
    // adaptivecards-templating; sending a card as it is and expanding it to nodes must both give them.
    [Theory]
    [InlineData("""{ "items": [[1, 2], 3, "${more}", null, "${missing}", [], [[4]]] }""", """{ "more": ["a", "b"] }""", """{"items":[1,2,3,"a","b","${missing}",4]}""")]
    [InlineData("""{ "a": { "$data": "${list}", "n": "${v}" }, "b": [{ "$data": "${list}", "n": "${v}" }, "end"] }""", """{ "list": [] }""", """{"a":null,"b":["end"]}""")]
    [InlineData("""{ "a": { "$data": "${list}", "n": "${v}" }, "b": [{ "$data": "${list}", "n": "${v}" }, "end"] }""", """{ "list": [{ "v": 1 }] }""", """{"a":{"n":1},"b":[{"n":1},"end"]}""")]
    [InlineData("""{ "a": { "$data": "${list}", "n": "${v}" }, "b": [{ "$data": "${list}", "n": "${v}", "i": "${$index}" }] }""", """{ "list": [{ "v": 1 }, { "v": 2 }, { "v": 3 }] }""", """{"a":[{"n":1},{"n":2},{"n":3}],"b":[{"n":1,"i":0},{"n":2,"i":1},{"n":3,"i":2}]}""")]
    [InlineData("""{ "a": { "$data": "${list}", "$when": "${v > 1}", "n": "${v}" }, "b": [{ "$data": "${list}", "$when": "${v != 2}", "n": "${v}" }] }""", """{ "list": [{ "v": 1 }, { "v": 2 }, { "v": 3 }] }""", """{"a":[{"n":2},{"n":3}],"b":[{"n":1},{"n":3}]}""")]
    [InlineData("""{ "a": { "$when": "${false}", "x": 1 }, "b": [{ "$when": "${false}", "x": 1 }], "c": "${nothing}", "d": "${obj}" }""", """{ "obj": { "10": 1, "2": 2, "k": [true, null] } }""", """{"a":null,"b":[],"c":"${nothing}","d":{"2":2,"10":1,"k":[true,null]}}""")]
    [InlineData("""{ "$data": "${person}", "name": "${name}", "10": "ten", "2": "two", "z": { "$data": { "q": 7 }, "q": "${q}" } }""", """{ "person": { "name": "Ada" } }""", """{"2":"two","10":"ten","name":"Ada","z":{"q":7}}""")]
    [InlineData("""{ "$when": "${show}", "type": "AdaptiveCard" }""", """{ "show": false }""", """null""")]
    [InlineData("""[{ "$data": "${list}", "n": "${v}" }]""", """{ "list": [{ "v": 1 }, { "v": 2 }] }""", """[{"n":1},{"n":2}]""")]
    public void EveryShapeExpandsTheSameWhereverItStands(string template, string data, string expected)
    {
        var parsed = CardTemplate.Parse(template);

        Assert.Equal(expected, parsed.Expand(JsonNode.Parse(data))?.ToJsonString(Readable) ?? "null");
        Assert.Equal(expected, parsed.ExpandToElement(JsonNode.Parse(data)).GetRawText());
    }

    [Fact]
    public void KeysLiteralsAndBoundTextAreWrittenWithOnlyTheEscapingJsonRequires()
    {
        // Cards go on the wire as expanded: keys and literal text (encoded once, at parse) and bound text alike.
        var parsed = CardTemplate.Parse("""{ "clé <b>": "Café <b> & 'x' \"q\"", "n": "${name}", "items": ["été", null] }""");

        var written = parsed.ExpandToElement(JsonNode.Parse("""{ "name": "Zoë & <i>" }""")).GetRawText();

        Assert.Equal("""{"clé <b>":"Café <b> & 'x' \"q\"","n":"Zoë & <i>","items":["été"]}""", written);
    }

    [Fact]
    public void InvalidJsonIsRefused() =>
        Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("""{ "type": "AdaptiveCard", }"""));
}
