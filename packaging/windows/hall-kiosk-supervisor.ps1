# Keeps the kiosk running in the signed-in kiosk user's session: started at logon by the scheduled
# task that install-supervision.ps1 registers. Exit code 0 (staff left kiosk mode) ends the loop;
# anything else (a crash, the restart code 70, the process killed) starts the kiosk again after a
# pause that doubles up to a minute while it keeps failing fast. See docs/operations.md, "Supervision".
$ErrorActionPreference = 'Stop'
$exe = Join-Path $PSScriptRoot '..\..\hall-kiosk.exe'
$env:KIOSK_SUPERVISED = '1'
$delay = 5
while ($true) {
  $started = Get-Date
  $kiosk = Start-Process -FilePath $exe -PassThru -Wait
  if ($kiosk.ExitCode -eq 0) { break }
  if (((Get-Date) - $started).TotalMinutes -ge 5) { $delay = 5 } else { $delay = [Math]::Min($delay * 2, 60) }
  Start-Sleep -Seconds $delay
}
