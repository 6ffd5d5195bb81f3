; Inno Setup 6 script: the Windows installer of ruralperf (农信社绩效考核).
; Packs the PyInstaller one-folder bundle dist\ruralperf\ (build it first: installer\README.md)
; into dist\ruralperf-setup-<version>.exe:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\ruralperf.iss
;     (a version other than the default: ISCC.exe /DAppVersion=0.2.0 installer\ruralperf.iss)
;
; - Per user, no administrator rights: installs to %LOCALAPPDATA%\Programs\ruralperf.
; - Start-menu and desktop shortcuts named 农信社绩效考核 (the desktop one can be unticked).
; - The data stay where the application keeps them, %LOCALAPPDATA%\ruralperf (the database
;   ruralperf.db, its backups\, ruralperf.log): the installer never writes there and the
;   uninstaller never deletes them. Reinstalling or upgrading keeps every record.
; - Windows 10 1809 or later, 64-bit (Qt 6).
; The file is UTF-8 (with BOM), which Inno Setup 6 reads as Unicode.

#define AppName "农信社绩效考核"
#define AppNameEn "ruralperf"
#ifndef AppVersion
  #define AppVersion "0.3.0"
#endif
#define Bundle "..\dist\ruralperf"
#define GuiExe "ruralperf.exe"

#if !FileExists(AddBackslash(SourcePath) + Bundle + "\" + GuiExe)
  #error "dist\ruralperf\ruralperf.exe not found: build the bundle first (installer\README.md)"
#endif

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{13492C13-AA43-4E1D-859E-2AA87899D541}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameEn}
DefaultDirName={localappdata}\Programs\{#AppNameEn}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; (No PrivilegesRequiredOverridesAllowed: the installer never asks for administrator rights.)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename={#AppNameEn}-setup-{#AppVersion}
SetupIconFile=..\resources\icons\ruralperf.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} ({#AppNameEn})
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running copy before files are replaced (the database is closed cleanly by the app).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
; Chinese when Windows is Chinese. ChineseSimplified.isl ships with recent Inno Setup 6
; releases; with an older one, put the file into Inno Setup's Languages folder
; (installer\README.md) or the wizard is English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the installer will be in English only"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program files wholesale, so no module of an older version lingers.
; Only the program folder: the data live elsewhere (%LOCALAPPDATA%\ruralperf).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{#AppNameEn}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may have written inside its own folder (compiled migration scripts).
; The user's data folder %LOCALAPPDATA%\ruralperf is deliberately not listed: it is kept.
Type: filesandordirs; Name: "{app}\_internal"
