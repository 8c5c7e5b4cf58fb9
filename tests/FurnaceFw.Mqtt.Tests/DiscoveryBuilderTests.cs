using System.Text.Json;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt.Tests;

[TestClass]
public sealed class DiscoveryBuilderTests
{
    private static readonly TopicLayout Topics = new(new BridgeOptions { DeviceId = "boiler-pi-i2c1-5e" });

    [TestMethod]
    public void Build_EveryConfig_SatisfiesHomeAssistantsRules()
    {
        byte[] image = ReadingFactory.Image();
        FurnaceReading reading = ReadingFactory.From(image);
        JsonElement state = JsonDocument.Parse(StateDocument.Render(reading, 12, new BridgeCounters()).Json).RootElement;

        var messages = new DiscoveryBuilder(Topics).Build(ReadingFactory.Identity(image), reading);

        Assert.AreEqual(DiscoveryBuilder.Entities.Length, messages.Count, "one config per entity");
        Assert.IsTrue(messages.All(m => m.Retain && m.Payload.Length > 0), "all retained, none empty for a full-featured controller");
        var errors = messages.SelectMany(m => HaDiscoverySchema.Validate(m.Topic, JsonDocument.Parse(m.Payload).RootElement, state)).ToList();
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
        Assert.AreEqual(messages.Count, messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.GetProperty("unique_id").GetString()).Distinct().Count(),
            "unique_ids are unique");
    }

    [TestMethod]
    public void Build_SchemaCatchesABrokenConfig()
    {
        // The schema must be able to fail: a climate with a mode Home Assistant does not know and no device identifiers.
        var config = JsonDocument.Parse("""{"unique_id":"x","device":{"name":"n"},"modes":["off","boost"],"min_temp":5,"max_temp":5}""").RootElement;
        var errors = HaDiscoverySchema.Validate("homeassistant/climate/x/y/config", config, JsonDocument.Parse("{}").RootElement);

        Assert.IsTrue(errors.Any(e => e.Contains("identifiers", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.Contains("subset", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.Contains("min < max", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [TestMethod]
    public void Build_ClimateLimitsAreTheControllersOwn()
    {
        byte[] image = ReadingFactory.Image();
        RegisterCodec.Write(image, RegisterAddress.SetpointMin, 2, 40 * 4);
        RegisterCodec.Write(image, RegisterAddress.SetpointMax, 2, 250 * 4 + 2);

        var climate = new DiscoveryBuilder(Topics).Build(ReadingFactory.Identity(image), ReadingFactory.From(image)).Single(m => m.Topic.Contains("/climate/"));
        JsonElement json = JsonDocument.Parse(climate.Payload).RootElement;

        Assert.AreEqual(40.0, json.GetProperty("min_temp").GetDouble());
        Assert.AreEqual(250.5, json.GetProperty("max_temp").GetDouble());
    }

    [TestMethod]
    public void Build_ControllerWithoutSetpointOrMode_RemovesTheClimateInsteadOfOfferingIt()
    {
        byte[] image = ReadingFactory.Image();
        uint capabilities = (uint)(RegisterMap.Capabilities & ~Capability.Mode);
        RegisterCodec.Write(image, RegisterAddress.Capabilities, 4, (int)capabilities);

        var messages = new DiscoveryBuilder(Topics).Build(ReadingFactory.Identity(image), ReadingFactory.From(image));

        Assert.AreEqual("", messages.Single(m => m.Topic.Contains("/climate/")).Payload, "an empty retained config removes the entity");
        Assert.AreNotEqual("", messages.Single(m => m.Topic.EndsWith("/temperature/config", StringComparison.Ordinal)).Payload, "sensors stay");
    }

    [TestMethod]
    public void Forget_EmptiesEveryDiscoveryAndRetainedTopic()
    {
        var messages = new DiscoveryBuilder(Topics).Forget();

        Assert.IsTrue(messages.All(m => m.Retain && m.Payload.Length == 0), "empty retained payloads");
        CollectionAssert.IsSubsetOf(new[] { Topics.State, Topics.Bridge, Topics.Availability }, messages.Select(m => m.Topic).ToList());
        Assert.AreEqual(DiscoveryBuilder.Entities.Length + 3, messages.Count);
    }
}
