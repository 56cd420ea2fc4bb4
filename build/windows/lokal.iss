; Lokal's Windows installer (Inno Setup 6.3 or later), from the PyInstaller one-folder bundle.
;
;   python build/bundle.py                                  (makes dist\lokal\lokal.exe)
;   iscc /DAppVersion=0.1.0 build\windows\lokal.iss         (makes dist\Lokal-0.1.0-windows-x64-setup.exe)
;
; Per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs\Lokal, a Start-menu
; entry, an optional desktop icon, and an uninstaller in Settings > Apps. The user's data folder
; (%LOCALAPPDATA%\Lokal: the documents' index, settings, chats, downloaded models) is the app's
; to create, never the installer's: the uninstaller removes only what it installed, so the data
; folder stays, and a later install finds it as it was.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z build\windows\lokal.iss
#endif

[Setup]
; The AppId says "this is Lokal" to every later installer and the uninstaller: never change it.
AppId={{B30265FD-424C-44E4-83B0-D1307056DBD9}
AppName=Lokal
AppVersion={#AppVersion}
AppVerName=Lokal {#AppVersion}
AppPublisher=Lokal
AppComments=Ask questions about your documents, offline.
; Paths below are relative to the repository's root (this file is in build\windows\).
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Lokal-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\lokal.ico
UninstallDisplayIcon={app}\lokal.exe
UninstallDisplayName=Lokal
; No admin: with lowest privileges {autopf} is the user's own %LOCALAPPDATA%\Programs and the
; shortcuts go to the user's Start menu. PrivilegesRequiredOverridesAllowed is left unset, so
; the installer never offers an all-users install that would need elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Lokal
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; The bundle is 64-bit only; PySide6 6.11 needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; A running Lokal holds its files open: ask it to close (Restart Manager) before replacing them.
CloseApplications=yes
RestartApplications=no
; LZMA2, solid: the models and Qt's libraries compress best as one stream.
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; The app's languages that Inno Setup ships a translation for (it has no official Swedish).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundle's libraries whole: a file left over from an older version
; (a renamed DLL, say) could be loaded by the new one. Only the app's own folder is cleared.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\lokal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Lokal"; Filename: "{app}\lokal.exe"; WorkingDir: "{app}"; Comment: "Ask questions about your documents, offline"
Name: "{autodesktop}\Lokal"; Filename: "{app}\lokal.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\lokal.exe"; Description: "{cm:LaunchProgram,Lokal}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: the uninstaller removes the files listed above and
; nothing else, so %LOCALAPPDATA%\Lokal (the user's data) is kept.
