namespace FurnaceFw.Host;

/// <summary>furnacectl's process exit codes; scripts and systemd units rely on them (docs/furnacectl.md). Never renumber.</summary>
public enum ExitCode
{
    Ok = 0,

    /// <summary>Unexpected failure (a bug): the message says what.</summary>
    Failure = 1,

    /// <summary>Bad command line: unknown command or register, bad value syntax.</summary>
    Usage = 2,

    /// <summary>No FurnaceFw controller answered at the address (foreign device, all 0x00/0xFF, wrong magic).</summary>
    DeviceNotFound = 3,

    /// <summary>The controller speaks a protocol major this furnacectl does not know.</summary>
    IncompatibleVersion = 4,

    /// <summary>The controller refused the command (bank reject or control-thread result); the message says why.</summary>
    CommandRejected = 5,

    /// <summary>The bus kept failing (NAK, I/O error, timeout) after the bounded retries.</summary>
    BusError = 6,

    /// <summary>The register exists in this furnacectl but the controller's capabilities do not offer it.</summary>
    NotSupported = 7,

    /// <summary>The MQTT broker refused `furnacectl mqtt` for good: bad credentials, not authorized, or a TLS certificate it cannot trust.</summary>
    BrokerRefused = 8,

    /// <summary>`furnacectl mqtt --forget` could not reach the broker (the daemon itself never exits for this: it retries).</summary>
    BrokerUnreachable = 9,
}
