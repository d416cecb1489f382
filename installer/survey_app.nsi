; Programme d'installation Windows d'Enquête Habitat (NSIS 3, Unicode).
;
; Installation par utilisateur, sans droits d'administrateur, dans %LOCALAPPDATA%\Programs\EnqueteHabitat ;
; raccourcis dans le menu Démarrer et (case cochée par défaut) sur le bureau ; désinstalleur enregistré sous
; HKCU (« Applications et fonctionnalités »). Une mise à jour remplace uniquement les fichiers du programme.
; Les enquêtes vivent dans le dossier de données de l'utilisateur
; (%LOCALAPPDATA%\Habitat et Developpement\survey_app), jamais à côté du programme : la désinstallation ne
; les efface que si l'utilisateur coche explicitement l'option (décochée par défaut) et le confirme.
;
; Compilé par installer/build_windows.ps1 (Windows) ou installer/check.sh (Linux, makensis de Debian, avec
; -DNO_COMPRESSION pour aller vite) :
;   makensis -DVERSION=0.1.0 -DBUNDLE_DIR=dist\EnqueteHabitat -DOUT_FILE=dist\EnqueteHabitat-0.1.0-installation.exe
;            -DICON=build\icons\app.ico installer\survey_app.nsi

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "Indiquez la version : makensis -DVERSION=x.y.z ..."
!endif
!ifndef BUNDLE_DIR
  !error "Indiquez le dossier de l'application empaquetée : makensis -DBUNDLE_DIR=dist\EnqueteHabitat ..."
!endif
!define /ifndef OUT_FILE "EnqueteHabitat-${VERSION}-installation.exe"
!define /ifndef VERSION_QUAD "${VERSION}.0"

!define APP_NAME "Enquête Habitat"
!define APP_DIR "EnqueteHabitat"
!define APP_EXE "EnqueteHabitat.exe"
!define PUBLISHER "Habitat & Développement"
!define UNINSTALLER "Desinstaller.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\EnqueteHabitat"
; Where the app keeps the surveys (platformdirs) and its settings (QSettings: organisation\application).
!define DATA_PARENT "$LOCALAPPDATA\Habitat et Developpement"
!define DATA_DIR "${DATA_PARENT}\survey_app"
!define SETTINGS_KEY "Software\Habitat et Developpement\Enquête Habitat"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_DIR}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
!ifdef NO_COMPRESSION  ; the release check only proves the script compiles: no need to wait for LZMA
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
BrandingText "${PUBLISHER}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1036 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1036 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation d'${APP_NAME}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_WELCOMEPAGE_TEXT "Cet assistant installe ${APP_NAME} ${VERSION} pour votre compte Windows, sans droits d'administrateur.$\r$\n$\r$\nS'il est déjà installé, seuls les fichiers du programme sont remplacés : les enquêtes enregistrées sur cet ordinateur sont conservées.$\r$\n$\r$\nFermez ${APP_NAME} avant de continuer."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Lancer ${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Les enquêtes enregistrées sur cet ordinateur (dossier « ${DATA_DIR} ») sont conservées, sauf si vous cochez la seconde case. Envoyez-les d'abord au bureau."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"

; Stops while the program is running (its files are locked); the user closes it and retries.
!macro ENSURE_CLOSED
  ClearErrors
  Delete "$INSTDIR\${APP_EXE}"
  ${While} ${Errors}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP_NAME} est ouvert : fermez-le, puis cliquez sur Réessayer." /SD IDCANCEL IDRETRY`
      Abort "${APP_NAME} est encore ouvert : rien n'a été modifié."
    ${EndIf}
    ClearErrors
    Delete "$INSTDIR\${APP_EXE}"
  ${EndWhile}
!macroend

Section "Programme ${APP_NAME}" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro ENSURE_CLOSED
  ; Upgrade: the previous program files go, nothing else in the folder is touched.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "Raccourci sur le bureau" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "un.Programme ${APP_NAME}" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  !insertmacro ENSURE_CLOSED
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"  ; only when empty: files the user put there stay
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Section /o "un.Supprimer aussi les enquêtes et les réglages de cet ordinateur" UnSecData
  ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "Toutes les enquêtes enregistrées sur cet ordinateur vont être effacées définitivement :$\r$\n${DATA_DIR}$\r$\n$\r$\nSeules celles déjà envoyées au bureau sont conservées ailleurs. Effacer ?" /SD IDNO IDYES`
    RMDir /r "${DATA_DIR}"
    RMDir "${DATA_PARENT}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
    DeleteRegKey /ifempty HKCU "Software\Habitat et Developpement"
    DetailPrint "Enquêtes et réglages effacés."
  ${Else}
    DetailPrint "Enquêtes conservées dans ${DATA_DIR}."
  ${EndIf}
SectionEnd
