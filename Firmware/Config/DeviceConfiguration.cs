namespace FurnaceFw.Firmware.Config
{
    /// <summary>Everything nf.config sets: the board, its wiring, the control and safety settings and the network.</summary>
    public sealed class DeviceConfiguration
    {
        public DeviceConfiguration(BoardKind board)
        {
            Board = board;
            Settings = new FurnaceSettings();
            Pins = new PinConfiguration();
            Network = new NetworkConfiguration();
            BoardProfile.ApplyDefaults(board, Pins);
        }

        public BoardKind Board { get; }

        public FurnaceSettings Settings { get; }

        public PinConfiguration Pins { get; }

        public NetworkConfiguration Network { get; }
    }
}
