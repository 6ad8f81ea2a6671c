; QuickReply for Windows: a per-user installer around the PyInstaller folder.
;
; Build the folder first, then compile this script (Inno Setup 6.3 or later):
;   uv run --group packaging pyinstaller packaging/quickreply.spec --noconfirm
;   iscc /DAppVersion=0.1.0 packaging\windows\quickreply.iss
; The result is dist\QuickReply-<version>-setup.exe. Keep this file UTF-8 with a
; BOM: Inno Setup reads a script without one as ANSI, garbling the Chinese and
; Korean task names below.
;
; What the agent keeps: QuickReply's settings, personal playbooks, usage data
; and the shift statistics live in the platformdirs folders
; (%LOCALAPPDATA%\QuickReply, cache in %LOCALAPPDATA%\QuickReply\Cache), never
; in the install folder {localappdata}\Programs\QuickReply. Uninstalling removes
; the program, its shortcuts and the start-at-login value, and leaves those
; folders alone, so a reinstall or an upgrade finds everything where it was.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "QuickReply"
#define AppExe "quickreply.exe"
; The same value name desktop/platform/autostart.py reads and writes, so the
; installer's task and the app's own switch are one setting.
#define RunValue "QuickReply"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
; Task Manager's "Startup apps" switch records its verdict here.
#define StartupApprovedKey "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
; Paths below are relative to this script's folder.
#define Root "..\.."

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{7C3A9E52-5B1D-4F0A-9D6E-2A8B41C7F3D9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; Per-user: no administrator rights, no UAC prompt; shop PCs are often locked down.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; A running QuickReply holds its .exe, .dll and .pyd files open: ask to close it.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Offer the agents' languages where this Inno Setup ships them.
#define HaveChinese FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
#define HaveKorean FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
#if HaveChinese
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if HaveKorean
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
en.StartAtLogin=Start {#AppName} when I sign in to Windows
#if HaveChinese
zh.StartAtLogin=登录 Windows 时自动启动 {#AppName}
#endif
#if HaveKorean
ko.StartAtLogin=Windows에 로그인하면 {#AppName} 자동 시작
#endif

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
; The whole one-folder build: quickreply.exe (the widget), quickreply-cli.exe
; (search, lint, stats in a console) and _internal\ with Python, Qt and the data.
Source: "{#Root}\dist\quickreply\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so none of an older
; version's files linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Same data as autostart.py writes (login_command): the program path in quotes, started in the background.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#RunValue}"; ValueData: """{app}\{#AppExe}"" --background"; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Files in use cannot be deleted: stop the widget (only this user's copies) first.
Filename: "{sys}\taskkill.exe"; Parameters: "/f /im {#AppExe}"; Flags: runhidden; RunOnceId: "StopQuickReply"

[UninstallDelete]
; Only the program folder. The agent's playbooks and data are elsewhere (see the top).
Type: filesandordirs; Name: "{app}"

[Code]
// The app may have turned start-at-login on by itself (autostart.py), which
// the [Registry] entry above does not know about: remove the value whoever
// wrote it, and Task Manager's record of it too.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
    RegDeleteValue(HKEY_CURRENT_USER, '{#StartupApprovedKey}', '{#RunValue}');
  end;
end;
