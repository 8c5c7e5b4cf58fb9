using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>Random transactions against the bank: nothing reaches the control mailbox unless the transaction was valid.</summary>
[TestClass]
public sealed class GarbageWriteFuzzTests
{
    private const int Transactions = 100_000;

    private static readonly RegisterDefinition[] Writable = RegisterMap.All.Where(r => r.IsWritable).ToArray();

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void OnWrite_RandomTransactions_OnlyValidOnesReachTheMailbox()
    {
        var h = new BankHarness();
        var random = new Random(20261126);
        var buffer = new byte[40];
        int valid = 0;

        for (int i = 0; i < Transactions; i++)
        {
            int count = Generate(random, buffer);
            Expected expected = Oracle(h, buffer, count);
            if (expected.Slot != null)
            {
                valid++;
            }

            int acceptedBefore = h.Bank.Errors.AcceptedWrites;
            h.Bank.OnWrite(buffer, count);

            AssertSlots(h, expected, i, buffer, count);
            Assert.AreEqual(acceptedBefore + (expected.Slot != null ? 1 : 0), h.Bank.Errors.AcceptedWrites,
                $"transaction {i}: accepted count");
        }

        Assert.IsTrue(valid > 1000, $"the generator must produce valid writes too (got {valid})");
        Assert.IsTrue(Transactions - valid > 50_000, "and mostly garbage");
    }

    // Half aimed at real writable registers with the right length (so PEC and range are what is tested),
    // half anything at all.
    private static int Generate(Random random, byte[] buffer)
    {
        if (random.Next(2) == 0)
        {
            RegisterDefinition target = Writable[random.Next(Writable.Length)];
            int value = random.Next(3) == 0 ? (int)random.NextInt64(target.Min, (long)target.Max + 1) : random.Next(int.MinValue, int.MaxValue);
            int length = WriteFrame.Encode(BankHarness.Address, target, value, buffer);
            if (random.Next(3) != 0)
            {
                buffer[length - 1] = (byte)random.Next(256); // usually a random PEC
            }

            return length;
        }

        int count = random.Next(0, 36);
        random.NextBytes(buffer.AsSpan(0, count));
        return count;
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void OnWrite_InvalidStreamOnRunningBoard_LeavesSetpointModeAndLatchUnchanged()
    {
        var board = new BoardHarness();
        board.Board.Thermocouple.Fault = FurnaceFw.Sim.Hardware.SensorFault.OpenThermocouple;
        board.StepSeconds(5);
        board.Board.Thermocouple.Fault = FurnaceFw.Sim.Hardware.SensorFault.None;
        board.StepSeconds(1);
        var before = board.Snapshot();
        Assert.IsTrue(before.IsLatched, "precondition: a latched trip to protect");
        var random = new Random(7);
        var buffer = new byte[40];
        var oracleHarness = new BankHarness();
        int sent = 0;

        while (sent < 20_000)
        {
            int count = Generate(random, buffer);
            if (Oracle(oracleHarness, buffer, count).Slot != null)
            {
                continue; // this stream is garbage only
            }

            board.Bank.OnWrite(buffer, count);
            if (++sent % 250 == 0)
            {
                board.Board.Step();
            }
        }

        board.StepSeconds(1);
        var after = board.Snapshot();
        Assert.AreEqual(before.SetpointQuarterC, after.SetpointQuarterC, "setpoint");
        Assert.AreEqual(before.Mode, after.Mode, "mode");
        Assert.AreEqual(before.Faults & FurnaceFw.Protocol.FaultFlags.LatchedMask, after.Faults & FurnaceFw.Protocol.FaultFlags.LatchedMask, "latch");
        Assert.IsFalse(after.HostCoop, "garbage cannot enter Co-op");
        Assert.AreEqual(0, board.Bank.Errors.AcceptedWrites, "no garbage write was accepted");
        Assert.IsTrue(board.Bank.Errors.RejectedWrites > 15_000, "state-changing garbage was rejected and counted");
    }

    private sealed record Expected(string? Slot, int Value);

    // An independent statement of the rules: register, access, length, PEC, static and live range.
    private static Expected Oracle(BankHarness h, byte[] buffer, int count)
    {
        if (count < 2)
        {
            return new Expected(null, 0);
        }

        RegisterDefinition? r = RegisterMap.All.FirstOrDefault(d => d.Address == buffer[0]);
        if (r == null || !r.IsWritable || count != r.Width + 2)
        {
            return new Expected(null, 0);
        }

        byte crc = 0;
        crc = Pec.Update(crc, (byte)(BankHarness.Address << 1));
        for (int i = 0; i < count - 1; i++)
        {
            crc = Pec.Update(crc, buffer[i]);
        }

        if (crc != buffer[count - 1])
        {
            return new Expected(null, 0);
        }

        int value = RegisterCodec.Read(buffer, 1, r.Width, r.Signed);
        bool inRange = value >= r.Min && value <= r.Max && r.Name switch
        {
            "Setpoint" => value >= h.Settings.MinSetpointQuarterC && value <= h.Settings.MaxSetpointQuarterC,
            "HostWatchdogTimeout" => value == 0 || value >= 5,
            "LogSelect" => value <= h.Log.NewestSequence,
            _ => true,
        };
        return inRange ? new Expected(r.Name, value) : new Expected(null, 0);
    }

    private static void AssertSlots(BankHarness h, Expected expected, int index, byte[] buffer, int count)
    {
        string what = $"transaction {index}: {Convert.ToHexString(buffer, 0, count)}";
        Check(h.Mailbox.TryTakeHostSetpoint(out int v), v, "Setpoint");
        Check(h.Mailbox.TryTakeHostMode(out v), v, "Mode");
        Check(h.Mailbox.TryTakeHostWatchdogTimeout(out v), v, "HostWatchdogTimeout");
        Check(h.Mailbox.TryTakeLatchResetArm(out v), v, "LatchResetArm");
        Check(h.Mailbox.TryTakeLatchResetConfirm(out v), v, "LatchResetConfirm");

        void Check(bool posted, int value, string slot)
        {
            bool expectedHere = expected.Slot == slot;
            Assert.AreEqual(expectedHere, posted, $"{what}: {slot} posted");
            if (expectedHere)
            {
                Assert.AreEqual(expected.Value, value, $"{what}: {slot} value");
            }
        }
    }
}
