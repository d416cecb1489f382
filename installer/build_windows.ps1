<#
.SYNOPSIS
    Construit l'installateur Windows d'Enquête Habitat : tests, application empaquetée, auto-test, setup.exe.

.DESCRIPTION
    À lancer depuis n'importe quel dossier, sur un poste Windows 10/11 64 bits avec Python 3.11 (ou plus
    récent, python.org) et NSIS 3 (https://nsis.sourceforge.io, ou « choco install nsis »). Étapes :
      1. environnement Python neuf .venv-build et installation de l'application avec ses extras test et build ;
      2. la suite de tests, sans écran (QT_QPA_PLATFORM=offscreen) ;
      3. l'application empaquetée (PyInstaller, même spec que sous Linux : installer\survey_app.spec) ;
      4. son auto-test (EnqueteHabitat.exe self-test), sur place puis depuis une copie dans un autre dossier ;
      5. le programme d'installation (makensis installer\survey_app.nsi) ;
      6. sauf -SkipInstallTest : installation silencieuse, mise à jour par-dessus, auto-test de la version
         installée, désinstallation silencieuse, et vérification que les enquêtes sont toujours là.
    Résultat : dist\EnqueteHabitat-<version>-installation.exe. Le script s'arrête à la première erreur.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
.EXAMPLE
    .\installer\build_windows.ps1 -Python "py -3.12" -SkipTests
#>
[CmdletBinding()]
param(
    # Commande de l'interpréteur qui crée l'environnement (par ex. "python" ou "py -3.11").
    [string]$Python = "python",
    # Ne pas lancer la suite de tests (déconseillé pour une version livrée).
    [switch]$SkipTests,
    # Ne pas tester l'installation, la mise à jour et la désinstallation sur ce poste.
    [switch]$SkipInstallTest
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Fail([string]$Message) {
    Write-Host "ÉCHEC : $Message" -ForegroundColor Red
    exit 1
}

# Runs a native command and stops on a non-zero exit code (PowerShell does not, by itself).
function Invoke-Step([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { Fail "$What (code $LASTEXITCODE)" }
}

$match = Select-String -Path "survey_app\__init__.py" -Pattern '^__version__ = "(.+)"$'
if (-not $match) { Fail "version introuvable dans survey_app\__init__.py" }
$Version = $match.Matches[0].Groups[1].Value
Write-Host "== Enquête Habitat $Version : installateur Windows"

# 1. Environnement Python neuf
$Venv = Join-Path $Root ".venv-build"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
$parts = $Python -split " "
Invoke-Step "création de l'environnement Python" { & $parts[0] @($parts | Select-Object -Skip 1) -m venv $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Step "mise à jour de pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Step "installation de l'application" { & $Py -m pip install --quiet -e ".[test,build]" }

# 2. Tests, sans écran
if (-not $SkipTests) {
    Write-Host "== Tests"
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Step "suite de tests" { & $Py -m pytest -q }
    Remove-Item Env:QT_QPA_PLATFORM
}

# 3. Application empaquetée
Write-Host "== Application empaquetée (PyInstaller)"
Invoke-Step "icônes" { & $Py installer\make_icons.py build\icons }
Invoke-Step "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\survey_app.spec
}
$Bundle = Join-Path $Root "dist\EnqueteHabitat"
$Exe = Join-Path $Bundle "EnqueteHabitat.exe"
if (-not (Test-Path $Exe)) { Fail "l'exécutable $Exe n'a pas été produit" }
$SizeMB = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum) / 1e6)
Write-Host "Dossier : $Bundle ($SizeMB Mo décompressé)"

# 4. Auto-test, sur place puis depuis une copie ailleurs (chemin avec espaces et accents)
Write-Host "== Auto-test de l'application empaquetée"
Invoke-Step "auto-test de $Exe" { & $Exe self-test }
$Copy = Join-Path $env:TEMP "Enquête Habitat (copie $PID)"
Copy-Item -Recurse $Bundle $Copy
try {
    Invoke-Step "auto-test de la copie $Copy" { & (Join-Path $Copy "EnqueteHabitat.exe") self-test }
} finally {
    Remove-Item -Recurse -Force $Copy
}

# 5. Programme d'installation
Write-Host "== Programme d'installation (NSIS)"
$Makensis = Get-Command makensis -ErrorAction SilentlyContinue
if ($Makensis) { $Makensis = $Makensis.Source }
else { $Makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
if (-not (Test-Path $Makensis)) { Fail "makensis introuvable : installez NSIS 3 (choco install nsis)" }
$Setup = Join-Path $Root "dist\EnqueteHabitat-$Version-installation.exe"
Invoke-Step "makensis" {
    & $Makensis -V2 "-DVERSION=$Version" "-DBUNDLE_DIR=$Bundle" "-DOUT_FILE=$Setup" "-DICON=$Root\build\icons\app.ico" installer\survey_app.nsi
}
Write-Host ("Installateur : $Setup ({0} Mo)" -f [math]::Round((Get-Item $Setup).Length / 1e6))

# 6. Installation, mise à jour, désinstallation silencieuses : les enquêtes doivent rester.
if (-not $SkipInstallTest) {
    Write-Host "== Essai d'installation sur ce poste"
    $InstallDir = Join-Path $env:LOCALAPPDATA "Programs\EnqueteHabitat"
    $DataDir = Join-Path $env:LOCALAPPDATA "Habitat et Developpement\survey_app"
    $Marker = Join-Path $DataDir "temoin-verification-installateur.txt"
    New-Item -ItemType Directory -Force $DataDir | Out-Null
    Set-Content -Path $Marker -Value "enquêtes à garder"
    try {
        foreach ($round in "installation", "mise à jour") {
            $p = Start-Process -FilePath $Setup -ArgumentList "/S" -Wait -PassThru
            if ($p.ExitCode -ne 0) { Fail "$round silencieuse (code $($p.ExitCode))" }
            if (-not (Test-Path (Join-Path $InstallDir "EnqueteHabitat.exe"))) { Fail "$round : programme absent de $InstallDir" }
        }
        $key = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\EnqueteHabitat"
        if ((Get-ItemProperty $key).DisplayVersion -ne $Version) { Fail "désinstalleur non enregistré sous $key" }
        Invoke-Step "auto-test de la version installée" { & (Join-Path $InstallDir "EnqueteHabitat.exe") self-test }
        # _?= makes the uninstaller run in place and wait (it then leaves itself behind: removed below).
        $p = Start-Process -FilePath (Join-Path $InstallDir "Desinstaller.exe") -ArgumentList "/S", "_?=$InstallDir" -Wait -PassThru
        if ($p.ExitCode -ne 0) { Fail "désinstallation silencieuse (code $($p.ExitCode))" }
        if (Test-Path (Join-Path $InstallDir "_internal")) { Fail "la désinstallation a laissé le programme dans $InstallDir" }
        if (Test-Path $key) { Fail "la désinstallation a laissé la clé $key" }
        if (-not (Test-Path $Marker)) { Fail "la désinstallation a effacé les enquêtes de $DataDir" }
        Write-Host "Installation, mise à jour et désinstallation : OK, enquêtes conservées."
    } finally {
        Remove-Item -Force $Marker -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $InstallDir -ErrorAction SilentlyContinue
    }
}

Write-Host "Terminé : $Setup"
