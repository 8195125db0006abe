; Included by electron-builder's NSIS script (electron-builder.yml, nsis.include).
; Stops a supervised kiosk before files are replaced (else the supervisor would start the old
; version again mid-upgrade), and registers or removes the logon task that supervises it.
!macro customInit
  nsExec::ExecToLog 'powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "Stop-ScheduledTask -TaskPath ''\HallKiosk\'' -TaskName ''Hall Kiosk'' -ErrorAction SilentlyContinue"'
!macroend

!macro customInstall
  nsExec::ExecToLog 'powershell.exe -NoProfile -ExecutionPolicy Bypass -File "$INSTDIR\resources\supervision\install-supervision.ps1"'
!macroend

!macro customUnInstall
  nsExec::ExecToLog 'powershell.exe -NoProfile -ExecutionPolicy Bypass -File "$INSTDIR\resources\supervision\install-supervision.ps1" -Remove'
!macroend
