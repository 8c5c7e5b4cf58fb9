using FurnaceFw.Firmware;

namespace FurnaceFw.Web
{
    /// <summary>The firmware instance the web app serves and what was prepared from it at attach time. Replaced as a
    /// whole (the Sim rebuilds the firmware on a simulated reset), so a request sees one consistent pair.</summary>
    internal sealed class FirmwareAttachment
    {
        public FirmwareAttachment(FurnaceFirmware firmware)
        {
            Firmware = firmware;
            ConfigProblem = firmware.ConfigProblem == null ? null : new ConfigProblemText(firmware.ConfigProblem);
        }

        public FurnaceFirmware Firmware { get; }

        /// <summary>Null when the configuration was accepted.</summary>
        public ConfigProblemText ConfigProblem { get; }
    }
}
