using System.Net;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// Failed PIN attempts are limited per client address (Linux routes all of 127/8 to loopback, so 127.0.0.2 and up are
/// other clients): a guesser empties only its own allowance, and the owner at another address still gets in.
/// </summary>
[TestClass]
public sealed class PinLimiterTests
{
    private const string Body = "{\"setpoint_c\": 55}";
    private static readonly IPAddress Owner = IPAddress.Parse("127.0.0.1");
    private static readonly IPAddress Guesser = IPAddress.Parse("127.0.0.2");

    [TestMethod]
    public void PostSetpoint_GuesserAtAnotherAddress_CannotLockTheOwnerOut()
    {
        using var host = new WebTestHost(o => { o.PinAttemptBurst = 3; o.PinAttemptRefillMs = 60000; });
        for (int i = 0; i < 3; i++)
        {
            Assert.AreEqual(401, Post(host, "000000", Guesser), $"guess {i + 1}");
        }

        Assert.AreEqual(429, Post(host, "000000", Guesser), "the guesser's allowance is spent");
        Assert.AreEqual(429, Post(host, WebTestHost.Pin, Guesser), "and it is not even compared for the right PIN (no oracle)");

        Assert.AreEqual(202, Post(host, WebTestHost.Pin, Owner), "the owner at another address is not locked out");
        Assert.AreEqual(401, Post(host, "111111", Owner), "the owner's typo costs the owner's allowance");
        Assert.AreEqual(202, Post(host, WebTestHost.Pin, Owner), "and the owner still gets in");
        Assert.AreEqual(429, Post(host, "000000", Guesser), "the guesser is still limited");
    }

    [TestMethod]
    public void PostSetpoint_RightPinAfterTypos_FreesTheAddressesSlot()
    {
        using var host = new WebTestHost(o => { o.PinAttemptBurst = 3; o.PinAttemptRefillMs = 60000; });
        Assert.AreEqual(401, Post(host, "1", Owner), "typo");
        Assert.AreEqual(1, host.Web.App.Guard.TrackedAddresses, "the failing address takes a slot");

        Assert.AreEqual(202, Post(host, WebTestHost.Pin, Owner), "right PIN");
        Assert.AreEqual(0, host.Web.App.Guard.TrackedAddresses, "success frees the slot");
    }

    [TestMethod]
    public void PostSetpoint_MoreGuessingAddressesThanSlots_ShareOneOverflowAllowance()
    {
        // Two slots: two guessing addresses hold them, a third and a fourth share the overflow bucket (one attempt).
        using var host = new WebTestHost(o => { o.PinAttemptBurst = 1; o.PinAttemptRefillMs = 60000; o.PinClientSlots = 2; });
        IPAddress[] guessers = { IPAddress.Parse("127.0.0.2"), IPAddress.Parse("127.0.0.3"), IPAddress.Parse("127.0.0.4"), IPAddress.Parse("127.0.0.5") };
        Assert.AreEqual(401, Post(host, "0", guessers[0]), "first address: its own slot");
        Assert.AreEqual(401, Post(host, "0", guessers[1]), "second address: the other slot");
        Assert.AreEqual(401, Post(host, "0", guessers[2]), "third address: the overflow allowance");
        Assert.AreEqual(429, Post(host, "0", guessers[3]), "fourth address: the overflow is spent, and no slot is taken from a guesser");
        Assert.AreEqual(429, Post(host, "0", guessers[0]), "the first address's own slot is still spent");
        Assert.AreEqual(2, host.Web.App.Guard.TrackedAddresses, "the table never grows");

        // The documented bound: with every slot held and the overflow spent, an untracked address waits too.
        Assert.AreEqual(429, Post(host, WebTestHost.Pin, Owner), "slots + 1 guessing addresses can hold off an untracked owner");
    }

    [TestMethod]
    public void PostSetpoint_AfterRefill_TheGuessersAddressMayTryAgain()
    {
        using var host = new WebTestHost(o => { o.PinAttemptBurst = 1; o.PinAttemptRefillMs = 200; });
        Assert.AreEqual(401, Post(host, "1", Guesser), "wrong PIN");
        Assert.AreEqual(429, Post(host, WebTestHost.Pin, Guesser), "limited");
        Thread.Sleep(400);
        Assert.AreEqual(202, Post(host, WebTestHost.Pin, Guesser), "one refill period later the right PIN is accepted");
    }

    private static int Post(WebTestHost host, string pin, IPAddress from) => RawHttp.Post(host.Port, "/api/setpoint", Body, pin: pin, from: from).Status;
}
