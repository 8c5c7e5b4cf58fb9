namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// Framing of the simulator's I2C-over-TCP socket (Sim serves it, Host/FurnaceFw.Host speaks it).
    /// Request: op, 7-bit address, write length, read length, then the write bytes.
    /// Response: status, data length, then the data bytes (read length bytes when status is Ok).
    /// One request at a time per connection; lengths are at most 255.
    /// </summary>
    public static class SimBusFrame
    {
        public const int RequestHeaderLength = 4;
        public const int ResponseHeaderLength = 2;

        /// <summary>A plain write transaction: S addr+W data... P.</summary>
        public const byte OpWrite = 0x01;

        /// <summary>A plain read transaction: S addr+R data... P.</summary>
        public const byte OpRead = 0x02;

        /// <summary>A combined transfer: S addr+W data... Sr addr+R data... P.</summary>
        public const byte OpWriteRead = 0x03;

        /// <summary>
        /// Simulator control, not an I2C transfer (tests and CI only; furnacectl never sends it). Write bytes:
        /// <see cref="ControlSensorFault"/> + fault number, or <see cref="ControlNakAll"/> + 0/1. The address is ignored.
        /// </summary>
        public const byte OpSimControl = 0x10;

        /// <summary>Make the simulated thermocouple show a fault (0 = none, 1 = open thermocouple, ... as Sim's SensorFault).</summary>
        public const byte ControlSensorFault = 0x01;

        /// <summary>1 = NAK every transfer at the address byte, 2 = ACK the address but NAK the first data byte, 0 = normal.</summary>
        public const byte ControlNakAll = 0x02;

        public const byte StatusOk = 0x00;

        /// <summary>Nobody acknowledged the address (no device there).</summary>
        public const byte StatusNakAddress = 0x01;

        /// <summary>The target stopped acknowledging data bytes (simulated fault).</summary>
        public const byte StatusNakData = 0x02;

        /// <summary>The request itself was malformed.</summary>
        public const byte StatusBadRequest = 0x03;

        /// <summary>The port furnacectl --sim and the simulator use unless told otherwise.</summary>
        public const int DefaultPort = 7455;
    }
}
