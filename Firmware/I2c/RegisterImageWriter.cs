using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// Renders the whole register image from one controller snapshot, so every byte a host reads in one
    /// transaction comes from the same cycle. Allocates nothing. Layout: <see cref="RegisterMap"/>.
    /// </summary>
    public static class RegisterImageWriter
    {
        /// <summary>Fills <paramref name="image"/> (at least 256 bytes) and returns the published length.</summary>
        public static int Render(ControllerSnapshot s, FurnaceSettings settings, ConfigProblem configProblem, BusErrorLog errors,
            int firmwareVersion, byte[] image)
        {
            for (int i = 0; i < RegisterMap.AddressSpace; i++)
            {
                image[i] = RegisterMap.UnknownByte;
            }

            Put(image, RegisterAddress.Magic, 4, RegisterMap.Magic);
            Put(image, RegisterAddress.ProtocolMajor, 1, RegisterMap.ProtocolMajor);
            Put(image, RegisterAddress.ProtocolMinor, 1, RegisterMap.ProtocolMinor);
            Put(image, RegisterAddress.RegisterCount, 1, RegisterMap.All.Length);
            Put(image, RegisterAddress.ImageLength, 1, RegisterMap.ImageLength);
            Put(image, RegisterAddress.FirmwareVersion, 4, firmwareVersion);
            Put(image, RegisterAddress.Capabilities, 4, RegisterMap.Capabilities);

            Put(image, RegisterAddress.Temperature, 2, RegisterCodec.SaturateI16(s.TemperatureQuarterC));
            Put(image, RegisterAddress.SensorStatus, 1, (int)s.SensorStatus);
            Put(image, RegisterAddress.State, 1, (int)s.State);
            Put(image, RegisterAddress.Faults, 2, s.Faults & 0xFFFF);
            Put(image, RegisterAddress.Latched, 1, s.IsLatched ? 1 : 0);
            Put(image, RegisterAddress.Relays, 1, (s.ElementOn ? 1 : 0) | (s.CutoffClosed ? 2 : 0));
            Put(image, RegisterAddress.Uptime, 4, (int)(s.TimeMs / 1000));
            Put(image, RegisterAddress.CycleCount, 4, s.CycleCount);
            Put(image, RegisterAddress.CycleCountCheck, 4, ~s.CycleCount);
            Put(image, RegisterAddress.WatchdogResets, 2, RegisterCodec.SaturateU16(s.WatchdogResetCount));
            Put(image, RegisterAddress.LastReason, 1, (int)s.LastReason);
            Put(image, RegisterAddress.LinkUp, 1, s.LinkUp ? 1 : 0);
            for (int i = 0; i < 4; i++)
            {
                image[RegisterAddress.RecentReasons + i] = i < s.TransitionReason.Length ? s.TransitionReason[i] : (byte)0;
            }

            Put(image, RegisterAddress.LastCommandResult, 1, (int)s.LastCommandResult);
            Put(image, RegisterAddress.HostLink, 1, s.HostCoop ? (int)HostLinkMode.CoOp : (int)HostLinkMode.Solo);
            Put(image, RegisterAddress.CommandCount, 2, s.CommandCount & 0xFFFF);
            Put(image, RegisterAddress.SensorErrors, 2, RegisterCodec.SaturateU16(s.SensorErrorCount));
            Put(image, RegisterAddress.LateCycles, 2, RegisterCodec.SaturateU16(s.LateCycleCount));
            Put(image, RegisterAddress.HostWatchdogRemaining, 2, RegisterCodec.SaturateU16((int)((s.HostWatchdogRemainingMs + 999) / 1000)));
            Put(image, RegisterAddress.HostExpiries, 2, RegisterCodec.SaturateU16(s.HostExpiryCount));
            Put(image, RegisterAddress.LatchResetBelow, 2, RegisterCodec.SaturateI16(settings.LatchResetBelowQuarterC));
            Put(image, RegisterAddress.SetpointMin, 2, RegisterCodec.SaturateI16(settings.MinSetpointQuarterC));
            Put(image, RegisterAddress.SetpointMax, 2, RegisterCodec.SaturateI16(settings.MaxSetpointQuarterC));

            Put(image, RegisterAddress.BusErrors, 2, errors.Flags & 0xFFFF);
            Put(image, RegisterAddress.RejectedWrites, 2, RegisterCodec.SaturateU16(errors.RejectedWrites));
            Put(image, RegisterAddress.AcceptedWrites, 2, RegisterCodec.SaturateU16(errors.AcceptedWrites));
            Put(image, RegisterAddress.UnknownReads, 2, RegisterCodec.SaturateU16(errors.UnknownReads));
            Put(image, RegisterAddress.LastRejectRegister, 1, errors.LastRejectRegister);
            Put(image, RegisterAddress.LastRejectReason, 1, (int)errors.LastRejectReason);

            Put(image, RegisterAddress.LatchSaveErrors, 2, RegisterCodec.SaturateU16(s.LatchPersistErrorCount));
            Put(image, RegisterAddress.LatchSavePending, 1, s.LatchSavePending ? 1 : 0);
            Put(image, RegisterAddress.ResetsInARow, 1, s.ResetsSinceHealthy > 255 ? 255 : s.ResetsSinceHealthy);

            Put(image, RegisterAddress.Setpoint, 2, RegisterCodec.SaturateI16(s.SetpointQuarterC));
            Put(image, RegisterAddress.Mode, 1, (int)s.Mode);
            Put(image, RegisterAddress.ClearErrors, 1, 0);
            Put(image, RegisterAddress.HostWatchdogTimeout, 2, s.HostWatchdogTimeoutS);
            Put(image, RegisterAddress.LatchResetArm, 2, 0);
            Put(image, RegisterAddress.LatchResetConfirm, 2, 0);

            Put(image, RegisterAddress.ConfigProblemLine, 2, configProblem == null ? 0 : RegisterCodec.SaturateU16(configProblem.Line));
            Put(image, RegisterAddress.ConfigProblemSetting, 1, SettingCode(configProblem));

            Put(image, RegisterAddress.ButtonState, 1, (int)s.ButtonState);
            Put(image, RegisterAddress.LedPattern, 1, (int)s.LedPattern);
            Put(image, RegisterAddress.LedModifiers, 1, s.LedModifiers & 0xFF);
            Put(image, RegisterAddress.LedMask, 2, s.LedMask & 0xFFFF);
            Put(image, RegisterAddress.RemoteResettableFaults, 2, s.RemoteResettableFaults & 0xFFFF);
            return RegisterMap.ImageLength;
        }

        private static int SettingCode(ConfigProblem problem)
        {
            if (problem == null)
            {
                return 0;
            }

            int index = SettingsTable.IndexOf(problem.Key);
            return index >= 0 && index < 254 ? index + 1 : 255;
        }

        private static void Put(byte[] image, int address, int width, int value) => RegisterCodec.Write(image, address, width, value);
    }
}
