<#
.SYNOPSIS
    Flashes FurnaceFw onto a Raspberry Pi Pico W or an ESP32 with nanoff: the nanoFramework firmware, the app,
    nf.config and (optionally) the Wi-Fi settings.

.DESCRIPTION
    Every nanoff command line comes from flash.rules.json, which Device/FlashPlan (a host tool with tests) reads too:
        dotnet run --project Device/FlashPlan -- --board pico_w --port COM5 --nanoff-version 2.5.126 --config nf.config
    prints the same commands on a machine without PowerShell. nanoff 2.x (--flag syntax) and 3.x (verb syntax) are
    told apart with `nanoff --version`. See docs/device.md for the whole procedure.

    Pico W: the firmware step writes through the BOOTSEL drive: hold BOOTSEL while plugging the board in.

.EXAMPLE
    ./flash.ps1 -Board pico_w -Port COM5 -Config nf.config -WhatIf
    Prints the exact nanoff commands without running them.

.EXAMPLE
    ./flash.ps1 -Board esp32 -Port COM7 -Config nf.config -WifiSsid Cabin -WifiPassword 'correct horse'
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateSet('pico_w', 'esp32')]
    [string]$Board = 'pico_w',
    [string]$Port,
    [string]$Image,
    [string]$Config,
    [string]$WifiSsid,
    [string]$WifiPassword,
    [switch]$SkipFirmware,
    [switch]$SkipApp
)

$ErrorActionPreference = 'Stop'
$rules = Get-Content -Raw -Path (Join-Path $PSScriptRoot 'flash.rules.json') | ConvertFrom-Json

if (-not (Get-Command nanoff -ErrorAction SilentlyContinue)) {
    throw "nanoff not found: install it with 'dotnet tool install -g nanoff' and put ~/.dotnet/tools on PATH"
}

$versionOutput = (& nanoff --version 2>&1 | Out-String)
if ($versionOutput -notmatch $rules.versionPattern) {
    throw "cannot tell the nanoff version from 'nanoff --version' (got: $($versionOutput.Trim()))"
}
$syntax = if ([int]$Matches[1] -ge $rules.verbSyntaxFromMajor) { 'verbs' } else { 'flags' }
$templates = $rules.syntaxes.$syntax
$boardRule = $rules.boards.$Board

# Same rule as FlashPlanner.Plan: only a Pico firmware update (BOOTSEL drive) works without a serial port.
$needsPort = ((-not $SkipFirmware) -and $boardRule.flashNeedsPort) -or (-not $SkipApp) -or $Config -or $WifiSsid
if ($needsPort -and -not $Port) {
    throw "no serial port: pass -Port (e.g. COM5 or /dev/ttyACM0); 'nanoff --listports' lists them"
}
if ($Port -and -not $WhatIfPreference) {
    $known = if ($IsLinux -or $IsMacOS) { Test-Path -Path $Port } else { [System.IO.Ports.SerialPort]::GetPortNames() -contains $Port }
    if (-not $known) { throw "serial port '$Port' not found: is the board plugged in? 'nanoff --listports' lists ports" }
}

$imagePath = if ($Image) { $Image } else { Join-Path $PSScriptRoot $rules.defaultImage }
if (-not $SkipApp -and -not (Test-Path -Path $imagePath)) {
    throw "no app image at '$imagePath': build FurnaceFw.Device.sln (Release) first, or pass -Image"
}
if ($Config -and -not (Test-Path -Path $Config)) {
    throw "no config file at '$Config'"
}

$work = Join-Path ([System.IO.Path]::GetTempPath()) $rules.jsonDirectory
$filesJson = Join-Path $work 'nf-files.json'
$networkJson = Join-Path $work 'nf-network.json'
$values = @{
    target  = $boardRule.target
    port    = $Port
    image   = $imagePath
    files   = $filesJson
    network = $networkJson
}

function Expand-Template([string[]]$template) {
    foreach ($argument in $template) {
        foreach ($key in $values.Keys) { $argument = $argument.Replace('{' + $key + '}', [string]$values[$key]) }
        $argument
    }
}

$steps = @()
if (-not $SkipFirmware) {
    $steps += , @('flash firmware', $(if ($boardRule.flashNeedsPort) { $templates.flashWithPort } else { $templates.flashNoPort }))
}
if (-not $SkipApp) { $steps += , @('deploy app', $templates.deployApp) }
if ($Config) {
    $files = @{ SerialPort = $Port; Files = @(@{ FileName = $rules.configFileOnDevice; ContentFileName = (Resolve-Path $Config).Path }) }
    $steps += , @('deploy nf.config', $templates.deployFiles)
}
if ($WifiSsid) {
    $network = @{ SerialPort = $Port; WirelessClient = @{ Ssid = $WifiSsid; Password = [string]$WifiPassword } }
    $steps += , @('deploy Wi-Fi settings', $templates.deployNetwork)
}

if (-not $WhatIfPreference) {
    New-Item -ItemType Directory -Force -Path $work | Out-Null
    if ($Config) { $files | ConvertTo-Json -Depth 4 | Set-Content -Path $filesJson }
    if ($WifiSsid) { $network | ConvertTo-Json -Depth 4 | Set-Content -Path $networkJson }
}

foreach ($step in $steps) {
    $arguments = @(Expand-Template $step[1])
    $line = 'nanoff ' + (($arguments | ForEach-Object { if ($_ -match ' ') { '"' + $_ + '"' } else { $_ } }) -join ' ')
    if ($PSCmdlet.ShouldProcess($line, $step[0])) {
        & nanoff @arguments
        if ($LASTEXITCODE -ne 0) { throw "$($step[0]) failed: nanoff exited with $LASTEXITCODE" }
    }
}
