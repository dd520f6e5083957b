; Inno Setup script: a Windows installer for the one-folder bundle (dist\grantscope) built by
;   uv run --group build packaging\build_bundle.py
; then, with Inno Setup 6 installed:
;   iscc /DAppVersion=0.1.0 packaging\windows\grantscope.iss
; (the workflow .github/workflows/package.yml passes the version read from pyproject.toml).
; Installs per user by default (no administrator needed), adds a Start-menu entry and an uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z grantscope.iss
#endif
#define AppName "Grantscope"
#define RepoRoot "..\.."

[Setup]
AppId={{6F0B5D53-1C2E-4B8E-9A61-8E7F2D3C4B5A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Grantscope project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#RepoRoot}\dist
OutputBaseFilename=grantscope-{#AppVersion}-windows-setup
SetupIconFile={#RepoRoot}\build\icons\grantscope.ico
UninstallDisplayIcon={app}\grantscope.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#RepoRoot}\dist\grantscope\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\grantscope.exe"
Name: "{group}\{#AppName} (demo data)"; Filename: "{app}\grantscope.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\grantscope.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\grantscope.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder only. Your settings, notes and decisions (under
; %LOCALAPPDATA%\Grantscope) stay, so a reinstall keeps them; sign-in tokens stay in Windows Credential Manager.
