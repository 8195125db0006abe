# Registers (or with -Remove, deletes) the scheduled task that starts hall-kiosk-supervisor.ps1 at
# every user's logon, hidden, without administrator rights. Run by the NSIS installer and
# uninstaller (installer.nsh); IT may run it by hand as administrator.
param([switch]$Remove)
$ErrorActionPreference = 'Stop'
$name = 'Hall Kiosk'
$folder = '\HallKiosk\'
if ($Remove) {
  Unregister-ScheduledTask -TaskName $name -TaskPath $folder -Confirm:$false -ErrorAction SilentlyContinue
  exit 0
}
$supervisor = Join-Path $PSScriptRoot 'hall-kiosk-supervisor.ps1'
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$supervisor`""
$trigger = New-ScheduledTaskTrigger -AtLogOn
# S-1-5-32-545 is BUILTIN\Users under any display language: the task runs as whoever signs in.
$principal = New-ScheduledTaskPrincipal -GroupId 'S-1-5-32-545' -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet -MultipleInstances IgnoreNew -ExecutionTimeLimit ([TimeSpan]::Zero) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1)
Register-ScheduledTask -TaskName $name -TaskPath $folder -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force | Out-Null
