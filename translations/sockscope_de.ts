<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BinaryInput</name>
    <message>
        <source>a byte needs two hex digits (character %1)</source>
        <translation>ein Byte braucht zwei Hex-Ziffern (Zeichen %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex digit (character %2)</source>
        <translation>„%1“ ist keine Hex-Ziffer (Zeichen %2)</translation>
    </message>
    <message>
        <source>too much &quot;=&quot; padding (character %1)</source>
        <translation>zu viel „=“-Auffüllung (Zeichen %1)</translation>
    </message>
    <message>
        <source>nothing may follow the &quot;=&quot; padding (character %1)</source>
        <translation>nach der „=“-Auffüllung darf nichts mehr folgen (Zeichen %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base64 character (character %2)</source>
        <translation>„%1“ ist kein Base64-Zeichen (Zeichen %2)</translation>
    </message>
    <message>
        <source>base64 input cannot end with a single character in its last group</source>
        <translation>Base64-Eingabe darf nicht mit einem einzelnen Zeichen in ihrer letzten Gruppe enden</translation>
    </message>
    <message>
        <source>the &quot;=&quot; padding does not complete a group of four</source>
        <translation>die „=“-Auffüllung vervollständigt keine Vierergruppe</translation>
    </message>
    <message>
        <source>mixes the standard and the URL base64 alphabets</source>
        <translation>mischt das Standard- und das URL-Alphabet von Base64</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1 MiB; files over %2 MiB are refused</source>
        <translation>ist %1 MiB groß; Dateien über %2 MiB werden abgelehnt</translation>
    </message>
    <message>
        <source>holds more than %1 MiB; larger files are refused</source>
        <translation>enthält mehr als %1 MiB; größere Dateien werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>ClientHandshake</name>
    <message>
        <source>the handshake response headers exceed %1 bytes</source>
        <translation>die Kopfzeilen der Handshake-Antwort überschreiten %1 Bytes</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP: &quot;%1&quot;</source>
        <translation>die Antwort des Servers ist kein HTTP: „%1“</translation>
    </message>
    <message>
        <source>malformed response header line: &quot;%1&quot;</source>
        <translation>fehlerhafte Kopfzeile in der Antwort: „%1“</translation>
    </message>
    <message>
        <source>the server answered 101 without &quot;Upgrade: websocket&quot;</source>
        <translation>der Server antwortete mit 101 ohne „Upgrade: websocket“</translation>
    </message>
    <message>
        <source>the server answered 101 without &quot;Connection: Upgrade&quot;</source>
        <translation>der Server antwortete mit 101 ohne „Connection: Upgrade“</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept does not match the key sent</source>
        <translation>Sec-WebSocket-Accept passt nicht zum gesendeten Schlüssel</translation>
    </message>
    <message>
        <source>the server selected an extension that was not offered: %1</source>
        <translation>der Server wählte eine Erweiterung, die nicht angeboten wurde: %1</translation>
    </message>
    <message>
        <source>the server selected subprotocol &quot;%1&quot;, which was not offered</source>
        <translation>der Server wählte das Subprotokoll „%1“, das nicht angeboten wurde</translation>
    </message>
    <message>
        <source>the server closed the connection before completing the handshake</source>
        <translation>der Server hat die Verbindung vor Abschluss des Handshakes geschlossen</translation>
    </message>
</context>
<context>
    <name>ClientOptions</name>
    <message>
        <source>Extra handshake header &quot;Name: value&quot; (repeatable).</source>
        <translation>Zusätzliche Handshake-Kopfzeile „Name: Wert“ (mehrfach möglich).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Offer this subprotocol (repeatable, in preference order).</source>
        <translation>Dieses Subprotokoll anbieten (mehrfach möglich, in Reihenfolge der Präferenz).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Origin header to send.</source>
        <translation>Zu sendender Origin-Header.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Authenticate with &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Mit „Authorization: Bearer TOKEN“ anmelden.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Authenticate with HTTP Basic credentials USER:PASSWORD.</source>
        <translation>Mit HTTP-Basic-Zugangsdaten BENUTZER:PASSWORT anmelden.</translation>
    </message>
    <message>
        <source>user:password</source>
        <translation>Benutzer:Passwort</translation>
    </message>
    <message>
        <source>Send an API key as header NAME=VALUE.</source>
        <translation>Einen API-Schlüssel als Kopfzeile NAME=WERT senden.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>Send an API key as query parameter NAME=VALUE.</source>
        <translation>Einen API-Schlüssel als Query-Parameter NAME=WERT senden.</translation>
    </message>
    <message>
        <source>Show credentials in events instead of &quot;[redacted]&quot;.</source>
        <translation>Zugangsdaten in Ereignissen zeigen statt „[redacted]“.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file (wss).</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei vertrauen (wss).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Client certificate, PEM (wss).</source>
        <translation>Client-Zertifikat, PEM (wss).</translation>
    </message>
    <message>
        <source>Private key of the client certificate, PEM (wss).</source>
        <translation>Privater Schlüssel des Client-Zertifikats, PEM (wss).</translation>
    </message>
    <message>
        <source>Accept an invalid server certificate (reported as a warning).</source>
        <translation>Ein ungültiges Server-Zertifikat akzeptieren (als Warnung gemeldet).</translation>
    </message>
    <message>
        <source>Reconnect after the connection drops, with exponential backoff.</source>
        <translation>Nach einem Verbindungsabbruch neu verbinden, mit exponentiellem Backoff.</translation>
    </message>
    <message>
        <source>--header needs &quot;Name: value&quot;, not &quot;%1&quot;</source>
        <translation>--header braucht „Name: Wert“, nicht „%1“</translation>
    </message>
    <message>
        <source>--basic needs USER:PASSWORD</source>
        <translation>--basic braucht BENUTZER:PASSWORT</translation>
    </message>
    <message>
        <source>--%1 needs NAME=VALUE</source>
        <translation>--%1 braucht NAME=WERT</translation>
    </message>
    <message>
        <source>choose one of --bearer, --basic, --api-key-header and --api-key-query</source>
        <translation>nur eines von --bearer, --basic, --api-key-header und --api-key-query wählen</translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation>--cert und --key gehören zusammen</translation>
    </message>
</context>
<context>
    <name>CloseCode</name>
    <message>
        <source>normal closure</source>
        <translation>normales Schließen</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>Gegenseite geht</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>no status received</source>
        <translation>kein Status empfangen</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>abnormales Schließen</translation>
    </message>
    <message>
        <source>invalid payload data</source>
        <translation>ungültige Nutzdaten</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>mandatory extension</source>
        <translation>erforderliche Erweiterung</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>Dienstneustart</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>TLS handshake failure</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>registered (IANA)</source>
        <translation>registriert (IANA)</translation>
    </message>
    <message>
        <source>private use</source>
        <translation>private Verwendung</translation>
    </message>
    <message>
        <source>not a valid close code</source>
        <translation>kein gültiger Close-Code</translation>
    </message>
</context>
<context>
    <name>CloseCodeText</name>
    <message>
        <source>The connection did what it was for and ended normally.</source>
        <translation>Die Verbindung hat ihren Zweck erfüllt und wurde normal beendet.</translation>
    </message>
    <message>
        <source>An endpoint is going away: a server shutting down or a browser leaving the page.</source>
        <translation>Ein Endpunkt geht weg: ein Server fährt herunter oder ein Browser verlässt die Seite.</translation>
    </message>
    <message>
        <source>An endpoint broke the WebSocket protocol (RFC 6455).</source>
        <translation>Ein Endpunkt hat das WebSocket-Protokoll (RFC 6455) verletzt.</translation>
    </message>
    <message>
        <source>An endpoint received data it cannot accept, such as binary where only text is understood.</source>
        <translation>Ein Endpunkt hat Daten erhalten, die er nicht annehmen kann, etwa Binärdaten, wo nur Text verstanden wird.</translation>
    </message>
    <message>
        <source>The close frame carried no code. Never sent on the wire.</source>
        <translation>Der Close-Frame enthielt keinen Code. Wird nie übertragen.</translation>
    </message>
    <message>
        <source>The connection ended without a close frame: the network dropped, or a process ended. Never sent on the wire.</source>
        <translation>Die Verbindung endete ohne Close-Frame: das Netz ist weggebrochen oder ein Prozess wurde beendet. Wird nie übertragen.</translation>
    </message>
    <message>
        <source>A message held data that does not match its type, such as text that is not UTF-8.</source>
        <translation>Eine Nachricht enthielt Daten, die nicht zu ihrem Typ passen, etwa Text, der kein UTF-8 ist.</translation>
    </message>
    <message>
        <source>A message broke the endpoint&apos;s policy; no more specific code applies.</source>
        <translation>Eine Nachricht hat die Richtlinie des Endpunkts verletzt; kein genauerer Code trifft zu.</translation>
    </message>
    <message>
        <source>A message was larger than the endpoint accepts.</source>
        <translation>Eine Nachricht war größer, als der Endpunkt annimmt.</translation>
    </message>
    <message>
        <source>The client expected the server to agree to an extension it did not agree to.</source>
        <translation>Der Client erwartete vom Server die Zustimmung zu einer Erweiterung, die dieser nicht gegeben hat.</translation>
    </message>
    <message>
        <source>The server met a condition it did not expect and could not go on.</source>
        <translation>Der Server ist auf einen unerwarteten Zustand gestoßen und konnte nicht weitermachen.</translation>
    </message>
    <message>
        <source>The server is restarting; reconnecting later should work.</source>
        <translation>Der Server startet neu; ein späterer Verbindungsversuch sollte klappen.</translation>
    </message>
    <message>
        <source>The server is overloaded; try again later.</source>
        <translation>Der Server ist überlastet; später erneut versuchen.</translation>
    </message>
    <message>
        <source>A gateway or proxy got an invalid answer from the server behind it.</source>
        <translation>Ein Gateway oder Proxy hat vom Server dahinter eine ungültige Antwort erhalten.</translation>
    </message>
    <message>
        <source>The TLS handshake failed. Never sent on the wire.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen. Wird nie übertragen.</translation>
    </message>
    <message>
        <source>A code registered with IANA by a library, framework or application.</source>
        <translation>Ein bei der IANA registrierter Code einer Bibliothek, eines Frameworks oder einer Anwendung.</translation>
    </message>
    <message>
        <source>A private code: its meaning is agreed between the two applications.</source>
        <translation>Ein privater Code: seine Bedeutung vereinbaren die beiden Anwendungen untereinander.</translation>
    </message>
    <message>
        <source>Not a valid close code.</source>
        <translation>Kein gültiger Close-Code.</translation>
    </message>
</context>
<context>
    <name>CloseExplanation</name>
    <message>
        <source>the server refused the WebSocket upgrade with HTTP %1 %2</source>
        <translation>der Server hat das WebSocket-Upgrade abgelehnt: HTTP %1 %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>%1: Sockscope closed the connection with 1009 (message too big); raise the limit with --max-message-size BYTES (0 = no limit)</source>
        <translation>%1: Sockscope hat die Verbindung mit 1009 (Nachricht zu groß) geschlossen; die Grenze mit --max-message-size BYTES anheben (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>the server closed the connection with %1%2: a message sent was larger than the server accepts</source>
        <translation>der Server schloss die Verbindung mit %1%2: eine gesendete Nachricht war größer, als der Server annimmt</translation>
    </message>
    <message>
        <source>the server closed the connection with %1%2</source>
        <translation>der Server schloss die Verbindung mit %1%2</translation>
    </message>
    <message>
        <source>the connection was lost without a close frame</source>
        <translation>die Verbindung brach ohne Close-Frame ab</translation>
    </message>
    <message>
        <source>the connection was lost without a close frame: %1</source>
        <translation>die Verbindung brach ohne Close-Frame ab: %1</translation>
    </message>
    <message>
        <source>Sockscope closed the connection with %1%2</source>
        <translation>Sockscope schloss die Verbindung mit %1%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: sockscope [--lang CODE]                 open the desktop app
       sockscope connect URL [options]         scriptable WebSocket client (JSON lines)
       sockscope serve [options]               WebSocket server: echo, broadcast or log
       sockscope mcp URL [options] METHOD ...  MCP client: tools, resources, prompts (JSON)
       sockscope mock [options]                mock MCP server from a configuration file
       sockscope record URL --out FILE ...     connect, recording a session file
       sockscope replay SESSION [options]      replay a session as a test, or serve it as a mock
       sockscope --version | --help

Run &apos;sockscope COMMAND --help&apos; for a command&apos;s options and exit codes.
--lang CODE picks the language (for example de or en); the default follows the system.
</source>
        <translation>Aufruf: sockscope [--lang CODE]                öffnet die Desktop-Anwendung
        sockscope connect URL [Optionen]       skriptfähiger WebSocket-Client (JSON-Zeilen)
        sockscope serve [Optionen]             WebSocket-Server: Echo, Rundsendung oder nur Protokoll
        sockscope mcp URL [Optionen] METHODE … MCP-Client: Tools, Ressourcen, Prompts (JSON)
        sockscope mock [Optionen]              MCP-Attrappe aus einer Konfigurationsdatei
        sockscope record URL --out DATEI …     verbindet und zeichnet eine Sitzungsdatei auf
        sockscope replay SITZUNG [Optionen]    spielt eine Sitzung als Test ab oder dient als Attrappe
        sockscope --version | --help

‚sockscope BEFEHL --help‘ zeigt die Optionen und Exit-Codes eines Befehls.
--lang CODE wählt die Sprache (zum Beispiel de oder en); standardmäßig die des Systems.
</translation>
    </message>
    <message>
        <source>There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop app
cannot open. The command line needs none. Run the headless mock MCP server (it prints its
URL, then every event as a JSON line):

  sockscope mock --port 0
  sockscope mcp ws://127.0.0.1:PORT tools/list      # in a second terminal, with the printed port

Or a plain WebSocket client or server:

  sockscope connect ws://127.0.0.1:8080 --send &apos;{&quot;jsonrpc&quot;:&quot;2.0&quot;,&quot;id&quot;:1,&quot;method&quot;:&quot;ping&quot;}&apos; --count 1
  sockscope serve --port 0 --echo   # a WebSocket echo server; prints its URL first
  sockscope --help                  # every command
</source>
        <translation>Hier gibt es keinen Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann die
Desktop-Anwendung nicht starten. Die Kommandozeile braucht keinen. Starten Sie die MCP-Attrappe
ohne Oberfläche (sie gibt ihre URL aus, danach jedes Ereignis als JSON-Zeile):

  sockscope mock --port 0
  sockscope mcp ws://127.0.0.1:PORT tools/list      # in einem zweiten Terminal, mit dem ausgegebenen Port

Oder einen einfachen WebSocket-Client oder -Server:

  sockscope connect ws://127.0.0.1:8080 --send &apos;{&quot;jsonrpc&quot;:&quot;2.0&quot;,&quot;id&quot;:1,&quot;method&quot;:&quot;ping&quot;}&apos; --count 1
  sockscope serve --port 0 --echo   # ein WebSocket-Echo-Server; gibt zuerst seine URL aus
  sockscope --help                  # alle Befehle
</translation>
    </message>
    <message>
        <source>sockscope: unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation>sockscope: unbekannter Befehl „%1“; die Befehle sind %2.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <source>unknown or missing event kind &quot;%1&quot;</source>
        <translation>unbekannte oder fehlende Ereignisart „%1“</translation>
    </message>
    <message>
        <source>unknown or missing direction &quot;%1&quot;</source>
        <translation>unbekannte oder fehlende Richtung „%1“</translation>
    </message>
    <message>
        <source>missing or malformed time</source>
        <translation>time fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>payload is not valid base64</source>
        <translation>die Nutzdaten sind kein gültiges Base64</translation>
    </message>
    <message>
        <source>missing or malformed %1 (expected a whole number)</source>
        <translation>%1 fehlt oder ist fehlerhaft (erwartet wird eine ganze Zahl)</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>„text“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>ein Ereignis muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>ExitCodeTable</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>bad command-line usage</source>
        <translation>fehlerhafter Aufruf</translation>
    </message>
    <message>
        <source>invalid URL or unusable settings (for example an unreadable certificate file)</source>
        <translation>ungültige URL oder unbrauchbare Einstellungen (zum Beispiel eine unlesbare Zertifikatsdatei)</translation>
    </message>
    <message>
        <source>could not connect (host not found, connection refused, network error)</source>
        <translation>keine Verbindung möglich (Host nicht gefunden, Verbindung abgelehnt, Netzwerkfehler)</translation>
    </message>
    <message>
        <source>the server refused or botched the WebSocket upgrade (HTTP status other than 101; the event carries status and body)</source>
        <translation>der Server hat das WebSocket-Upgrade abgelehnt oder verpfuscht (HTTP-Status außer 101; das Ereignis enthält Status und Inhalt)</translation>
    </message>
    <message>
        <source>TLS failure (certificate or TLS handshake)</source>
        <translation>TLS-Fehler (Zertifikat oder TLS-Handshake)</translation>
    </message>
    <message>
        <source>the opening handshake timed out (`--handshake-timeout`)</source>
        <translation>Zeitüberschreitung beim Öffnungs-Handshake (`--handshake-timeout`)</translation>
    </message>
    <message>
        <source>the connection was lost, or closed with a code other than 1000/1001</source>
        <translation>die Verbindung ging verloren oder wurde mit einem anderen Code als 1000/1001 geschlossen</translation>
    </message>
    <message>
        <source>ended (timeout or close) before `--count` messages arrived</source>
        <translation>beendet (Zeitlimit oder Schließen), bevor `--count` Nachrichten ankamen</translation>
    </message>
    <message>
        <source>the session file cannot be recorded or saved (`--record`, `--out`)</source>
        <translation>die Sitzungsdatei kann nicht aufgezeichnet oder gespeichert werden (`--record`, `--out`)</translation>
    </message>
    <message>
        <source>every call succeeded</source>
        <translation>jeder Aufruf war erfolgreich</translation>
    </message>
    <message>
        <source>bad command-line usage or script</source>
        <translation>fehlerhafter Aufruf oder fehlerhaftes Skript</translation>
    </message>
    <message>
        <source>invalid URL or unusable settings</source>
        <translation>ungültige URL oder unbrauchbare Einstellungen</translation>
    </message>
    <message>
        <source>the server refused or botched the WebSocket upgrade</source>
        <translation>der Server hat das WebSocket-Upgrade abgelehnt oder verpfuscht</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>the opening handshake timed out</source>
        <translation>Zeitüberschreitung beim Öffnungs-Handshake</translation>
    </message>
    <message>
        <source>the connection was lost before the calls finished (or Ctrl+C / SIGTERM stopped them)</source>
        <translation>die Verbindung ging verloren, bevor die Aufrufe fertig waren (oder Strg+C / SIGTERM hat sie beendet)</translation>
    </message>
    <message>
        <source>initialize failed: a JSON-RPC error, an unknown (or, with `--strict-version`, another) protocol version, no answer, or the connection closed first</source>
        <translation>initialize fehlgeschlagen: ein JSON-RPC-Fehler, eine unbekannte (oder, mit `--strict-version`, eine andere) Protokollversion, keine Antwort, oder die Verbindung wurde vorher geschlossen</translation>
    </message>
    <message>
        <source>a call was answered with a JSON-RPC error (or an answer that is not valid JSON-RPC); the error is printed as `{&quot;error&quot;: {...}}`</source>
        <translation>ein Aufruf wurde mit einem JSON-RPC-Fehler beantwortet (oder mit einer Antwort, die kein gültiges JSON-RPC ist); der Fehler wird als `{&quot;error&quot;: {...}}` ausgegeben</translation>
    </message>
    <message>
        <source>`tools/call` returned a result with `isError: true`; the result is printed, the tool&apos;s text also on standard error</source>
        <translation>`tools/call` lieferte ein Ergebnis mit `isError: true`; das Ergebnis wird ausgegeben, der Text des Werkzeugs auch auf der Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>a call got no answer within `--request-timeout`</source>
        <translation>ein Aufruf bekam innerhalb von `--request-timeout` keine Antwort</translation>
    </message>
    <message>
        <source>the session file cannot be recorded or saved (`--record`)</source>
        <translation>die Sitzungsdatei kann nicht aufgezeichnet oder gespeichert werden (`--record`)</translation>
    </message>
    <message>
        <source>stopped by Ctrl+C or SIGTERM</source>
        <translation>durch Strg+C oder SIGTERM beendet</translation>
    </message>
    <message>
        <source>cannot listen (address in use, bad host, unusable TLS files)</source>
        <translation>Lauschen nicht möglich (Adresse belegt, ungültiger Host, unbrauchbare TLS-Dateien)</translation>
    </message>
    <message>
        <source>stopped by Ctrl+C or SIGTERM (or `--check-config` found the file valid)</source>
        <translation>durch Strg+C oder SIGTERM beendet (oder `--check-config` fand die Datei gültig)</translation>
    </message>
    <message>
        <source>invalid configuration file (the file, the JSON path and what is wrong go to standard error), or cannot listen (address in use, bad host, unusable TLS files)</source>
        <translation>ungültige Konfigurationsdatei (Datei, JSON-Pfad und der Fehler gehen auf die Standardfehlerausgabe), oder Lauschen nicht möglich (Adresse belegt, ungültiger Host, unbrauchbare TLS-Dateien)</translation>
    </message>
    <message>
        <source>every step passed (`--serve`: stopped by Ctrl+C or SIGTERM)</source>
        <translation>jeder Schritt bestanden (`--serve`: durch Strg+C oder SIGTERM beendet)</translation>
    </message>
    <message>
        <source>invalid target URL, or `--serve` cannot listen</source>
        <translation>ungültige Ziel-URL, oder `--serve` kann nicht lauschen</translation>
    </message>
    <message>
        <source>the session file cannot be read, or holds nothing to replay</source>
        <translation>die Sitzungsdatei kann nicht gelesen werden oder enthält nichts zum Wiederholen</translation>
    </message>
    <message>
        <source>at least one step failed</source>
        <translation>mindestens ein Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
</context>
<context>
    <name>FieldOptions</name>
    <message>
        <source>%1 In milliseconds (default %2).</source>
        <translation>%1 In Millisekunden (Vorgabe %2).</translation>
    </message>
    <message>
        <source>%1 In bytes (default %2).</source>
        <translation>%1 In Bytes (Vorgabe %2).</translation>
    </message>
    <message>
        <source>%1 (default %2).</source>
        <translation>%1 (Vorgabe %2).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &quot;%3&quot;</source>
        <translation>--%1 braucht %2, nicht „%3“</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1 is %2, over the max message size of %3 (the connection&apos;s settings, Limits): not sent.</source>
        <translation>%1 ist %2 groß, mehr als die größte Nachricht von %3 (Einstellungen der Verbindung, Grenzen): nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 a whole file may hold: not sent.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die eine ganze Datei haben darf: nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: send it as binary.</source>
        <translation>%1 ist kein gültiger UTF-8-Text: als Binärdaten senden.</translation>
    </message>
    <message>
        <source>Line %1 is longer than the max message size of %2: stopped there.</source>
        <translation>Zeile %1 ist länger als die größte Nachricht von %2: dort angehalten.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text: send the file as binary.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text: die Datei als Binärdaten senden.</translation>
    </message>
    <message>
        <source>Line %1 is not hex: %2</source>
        <translation>Zeile %1 ist kein Hex: %2</translation>
    </message>
    <message>
        <source>Line %1 is not base64: %2</source>
        <translation>Zeile %1 ist kein Base64: %2</translation>
    </message>
</context>
<context>
    <name>FrameMatcher</name>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>FrameParser</name>
    <message>
        <source>reserved bits set in a frame header without a negotiated extension</source>
        <translation>reservierte Bits im Frame-Kopf gesetzt, ohne dass eine Erweiterung vereinbart wurde</translation>
    </message>
    <message>
        <source>unknown opcode 0x%1</source>
        <translation>unbekannter Opcode 0x%1</translation>
    </message>
    <message>
        <source>fragmented control frame</source>
        <translation>fragmentierter Steuer-Frame</translation>
    </message>
    <message>
        <source>control frame payload longer than 125 bytes</source>
        <translation>Nutzdaten eines Steuer-Frames länger als 125 Bytes</translation>
    </message>
    <message>
        <source>unmasked frame from a client</source>
        <translation>unmaskierter Frame von einem Client</translation>
    </message>
    <message>
        <source>masked frame from a server</source>
        <translation>maskierter Frame von einem Server</translation>
    </message>
    <message>
        <source>frame length has its most significant bit set</source>
        <translation>in der Frame-Länge ist das höchstwertige Bit gesetzt</translation>
    </message>
    <message>
        <source>continuation frame without a message to continue</source>
        <translation>Fortsetzungs-Frame ohne fortzusetzende Nachricht</translation>
    </message>
    <message>
        <source>new data frame while a fragmented message is unfinished</source>
        <translation>neuer Daten-Frame, während eine fragmentierte Nachricht unvollständig ist</translation>
    </message>
    <message>
        <source>incoming message of at least %1 bytes exceeds the limit of %2 bytes</source>
        <translation>eingehende Nachricht von mindestens %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>text message is not valid UTF-8</source>
        <translation>Textnachricht ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>text message ends inside a UTF-8 sequence</source>
        <translation>Textnachricht endet mitten in einer UTF-8-Sequenz</translation>
    </message>
    <message>
        <source>close frame with a one-byte payload</source>
        <translation>Close-Frame mit einem Byte Nutzdaten</translation>
    </message>
    <message>
        <source>close frame with code %1, which may not be sent</source>
        <translation>Close-Frame mit Code %1, der nicht gesendet werden darf</translation>
    </message>
    <message>
        <source>close reason is not valid UTF-8</source>
        <translation>der Close-Grund ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>FrameText</name>
    <message>
        <source>in</source>
        <comment>direction: received</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <comment>direction: sent</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>local</source>
        <comment>direction: happened here</comment>
        <translation>lokal</translation>
    </message>
    <message>
        <source>open</source>
        <comment>event kind</comment>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>text</source>
        <comment>event kind</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary</source>
        <comment>event kind</comment>
        <translation>binär</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>event kind</comment>
        <translation>Ping</translation>
    </message>
    <message>
        <source>pong</source>
        <comment>event kind</comment>
        <translation>Pong</translation>
    </message>
    <message>
        <source>close</source>
        <comment>event kind</comment>
        <translation>Close</translation>
    </message>
    <message>
        <source>error</source>
        <comment>event kind</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>state</source>
        <comment>event kind</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>reconnect</source>
        <comment>event kind</comment>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>heartbeat miss</source>
        <comment>event kind</comment>
        <translation>Heartbeat verpasst</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>event kind</comment>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>event kind</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>event kind</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>request</source>
        <comment>JSON-RPC message kind</comment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>notification</source>
        <comment>JSON-RPC message kind</comment>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>result</source>
        <comment>JSON-RPC message kind</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>error</source>
        <comment>JSON-RPC message kind</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>batch</source>
        <comment>JSON-RPC message kind</comment>
        <translation>Batch</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>JSON-RPC message kind</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>round trip %1 ms %2</source>
        <translation>Umlaufzeit %1 ms %2</translation>
    </message>
    <message>
        <source>%1 port %2 %3</source>
        <translation>%1 Port %2 %3</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>opened %1, subprotocol %2</source>
        <translation>%1 geöffnet, Subprotokoll %2</translation>
    </message>
    <message>
        <source>close without a code</source>
        <translation>Close ohne Code</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (closed by the peer)</source>
        <translation>%1 (von der Gegenseite geschlossen)</translation>
    </message>
    <message>
        <source>%1 (no close handshake)</source>
        <translation>%1 (kein Close-Handshake)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>reconnect attempt %1 of %2 after %3 ms</source>
        <translation>Verbindungsversuch %1 von %2 nach %3 ms</translation>
    </message>
    <message>
        <source>reconnect attempt %1 after %2 ms</source>
        <translation>Verbindungsversuch %1 nach %2 ms</translation>
    </message>
    <message>
        <source>%1 heartbeat unanswered after %2 ms (miss %3): %4</source>
        <translation>%1-Heartbeat nach %2 ms unbeantwortet (Fehlschlag %3): %4</translation>
    </message>
    <message>
        <source>refused %1 port %2 with HTTP %3: %4</source>
        <translation>%1 Port %2 mit HTTP %3 abgewiesen: %4</translation>
    </message>
    <message>
        <source>JSON-RPC request</source>
        <translation>JSON-RPC-Anfrage</translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation>JSON-RPC-Benachrichtigung</translation>
    </message>
    <message>
        <source>JSON-RPC result</source>
        <translation>JSON-RPC-Ergebnis</translation>
    </message>
    <message>
        <source>JSON-RPC error</source>
        <translation>JSON-RPC-Fehler</translation>
    </message>
    <message>
        <source>JSON-RPC batch</source>
        <translation>JSON-RPC-Batch</translation>
    </message>
    <message>
        <source>invalid JSON-RPC</source>
        <translation>ungültiges JSON-RPC</translation>
    </message>
    <message>
        <source>idle</source>
        <comment>connection state</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>connection state</comment>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>open</source>
        <comment>connection state</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>closing</source>
        <comment>connection state</comment>
        <translation>schließt</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>connection state</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <comment>connection state</comment>
        <translation>wartet auf Neuverbindung</translation>
    </message>
</context>
<context>
    <name>HandshakeAdmission</name>
    <message>
        <source>no Origin header, and only listed origins are allowed</source>
        <translation>keine Origin-Kopfzeile, und nur aufgeführte Origins sind erlaubt</translation>
    </message>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>Origin %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>falsches Token</translation>
    </message>
    <message>
        <source>missing token</source>
        <translation>Token fehlt</translation>
    </message>
    <message>
        <source>the server already has %1 connections, its limit</source>
        <translation>der Server hat bereits %1 Verbindungen, seine Grenze</translation>
    </message>
</context>
<context>
    <name>HeartbeatOptions</name>
    <message>
        <source>Send an RFC 6455 ping every S seconds (default %1 once a heartbeat is on).</source>
        <translation>Alle S Sekunden einen RFC-6455-Ping senden (Standard %1, sobald ein Heartbeat aktiv ist).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>A heartbeat unanswered after S seconds is missed (default %1).</source>
        <translation>Ein nach S Sekunden unbeantworteter Heartbeat gilt als verpasst (Standard %1).</translation>
    </message>
    <message>
        <source>Heartbeat with MCP &quot;ping&quot; requests instead of RFC pings.</source>
        <translation>Heartbeat mit MCP-„ping“-Anfragen statt RFC-Pings.</translation>
    </message>
    <message>
        <source>Heartbeat with this application message (for example &quot;ping&quot;).</source>
        <translation>Heartbeat mit dieser Anwendungsnachricht (zum Beispiel „ping“).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The answer expected to --app-ping (default &quot;%1&quot;).</source>
        <translation>Die auf --app-ping erwartete Antwort (Standard „%1“).</translation>
    </message>
    <message>
        <source>Send and expect the application heartbeat as binary messages.</source>
        <translation>Den Anwendungs-Heartbeat als Binärnachrichten senden und erwarten.</translation>
    </message>
    <message>
        <source>Answer an incoming application &quot;ping&quot; with &quot;pong&quot; (see --app-ping, --app-pong).</source>
        <translation>Ein eingehendes Anwendungs-„ping“ mit „pong“ beantworten (siehe --app-ping, --app-pong).</translation>
    </message>
    <message>
        <source>What a missed heartbeat does: log, close or reconnect (default %1).</source>
        <translation>Was ein verpasster Heartbeat bewirkt: log, close oder reconnect (Standard %1).</translation>
    </message>
    <message>
        <source>What a missed heartbeat does: log or close (default %1).</source>
        <translation>Was ein verpasster Heartbeat bewirkt: log oder close (Standard %1).</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>choose one of --mcp-ping and --app-ping</source>
        <translation>nur eines von --mcp-ping und --app-ping wählen</translation>
    </message>
    <message>
        <source>--on-heartbeat-miss takes log, close or reconnect</source>
        <translation>--on-heartbeat-miss nimmt log, close oder reconnect</translation>
    </message>
    <message>
        <source>--on-heartbeat-miss takes log or close</source>
        <translation>--on-heartbeat-miss nimmt log oder close</translation>
    </message>
</context>
<context>
    <name>HexDump</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n weiteres Byte</numerusform>
            <numerusform>… %n weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>step failed</source>
        <translation>Schritt fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at %1 (line:column): %2</source>
        <translation>Kein gültiges JSON bei %1 (Zeile:Spalte): %2</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>invalid JSON path &quot;%1&quot;: %2</source>
        <translation>ungültiger JSON-Pfad „%1“: %2</translation>
    </message>
    <message>
        <source>it must start with $</source>
        <translation>er muss mit $ beginnen</translation>
    </message>
    <message>
        <source>a name must follow &quot;.&quot; at character %1</source>
        <translation>auf „.“ muss bei Zeichen %1 ein Name folgen</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; at character %2</source>
        <translation>unerwartetes „%1“ bei Zeichen %2</translation>
    </message>
    <message>
        <source>unterminated &quot;[&quot;</source>
        <translation>nicht geschlossenes „[“</translation>
    </message>
    <message>
        <source>unterminated quoted name</source>
        <translation>nicht geschlossener Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>index too large at character %1</source>
        <translation>Index bei Zeichen %1 zu groß</translation>
    </message>
    <message>
        <source>expected a non-negative index, * or a quoted name at character %1</source>
        <translation>bei Zeichen %1 wurde ein nicht negativer Index, * oder ein Name in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &quot;]&quot; at character %1</source>
        <translation>„]“ bei Zeichen %1 erwartet</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>missing: expected %1</source>
        <translation>fehlt: erwartet wird %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>greater than %1 and at most %2</source>
        <translation>größer als %1 und höchstens %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>unknown member; expected one of: %1</source>
        <translation>unbekanntes Element; erwartet wird eines von: %1</translation>
    </message>
    <message>
        <source>a known name</source>
        <translation>ein bekannter Name</translation>
    </message>
</context>
<context>
    <name>JsonRpcCodec</name>
    <message>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <source>the id %1 is too large to be kept exactly</source>
        <translation>die ID %1 ist zu groß, um exakt erhalten zu bleiben</translation>
    </message>
    <message>
        <source>the id %1 has a fractional part</source>
        <translation>die ID %1 hat Nachkommastellen</translation>
    </message>
    <message>
        <source>method names starting with &quot;rpc.&quot; are reserved</source>
        <translation>Methodennamen, die mit „rpc.“ beginnen, sind reserviert</translation>
    </message>
    <message>
        <source>the request id is null</source>
        <translation>die ID der Anfrage ist null</translation>
    </message>
    <message>
        <source>a result with a null id cannot be paired with a request</source>
        <translation>ein Ergebnis mit der ID null lässt sich keiner Anfrage zuordnen</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>es ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>the code is not an integer</source>
        <translation>der Code ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>the message is not a string</source>
        <translation>die Meldung ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>more duplicate keys</source>
        <translation>weitere doppelte Schlüssel</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in an object (at byte %2); the last value counts here, other parsers may take the first</source>
        <translation>der Schlüssel „%1“ kommt in einem Objekt mehrfach vor (bei Byte %2); hier gilt der letzte Wert, andere Parser nehmen womöglich den ersten</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>the message starts with a UTF-8 byte order mark</source>
        <translation>die Nachricht beginnt mit einer UTF-8-Bytereihenfolgemarke (BOM)</translation>
    </message>
</context>
<context>
    <name>JsonRpcErrorCode</name>
    <message>
        <source>Parse error</source>
        <translation>Parse-Fehler</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Method not found</source>
        <translation>Methode nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid params</source>
        <translation>Ungültige Parameter</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>Resource not found</source>
        <translation>Ressource nicht gefunden</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Reserved error code</source>
        <translation>Reservierter Fehlercode</translation>
    </message>
    <message>
        <source>Application error</source>
        <translation>Anwendungsfehler</translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translation>Nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <source>; the server names no supported version</source>
        <translation>; der Server nennt keine unterstützte Version</translation>
    </message>
    <message>
        <source>; the server supports %1</source>
        <translation>; der Server unterstützt %1</translation>
    </message>
</context>
<context>
    <name>JsonRpcFinding</name>
    <message>
        <source>(unknown method)</source>
        <translation>(unbekannte Methode)</translation>
    </message>
    <message>
        <source>response to %1 (id %2) after %3 ms</source>
        <translation>Antwort auf %1 (ID %2) nach %3 ms</translation>
    </message>
    <message>
        <source>an error response with a null id: the peer could not read a request&apos;s id</source>
        <translation>eine Fehlerantwort mit der ID null: die Gegenstelle konnte die ID einer Anfrage nicht lesen</translation>
    </message>
    <message>
        <source>a response with id %1 answers no request sent on this connection</source>
        <translation>eine Antwort mit der ID %1 passt zu keiner auf dieser Verbindung gesendeten Anfrage</translation>
    </message>
    <message>
        <source>a response with id %1 answers no request received on this connection</source>
        <translation>eine Antwort mit der ID %1 passt zu keiner auf dieser Verbindung empfangenen Anfrage</translation>
    </message>
    <message>
        <source>request %1 reuses the id %2 of a request still pending</source>
        <translation>die Anfrage %1 verwendet die ID %2 einer noch offenen Anfrage erneut</translation>
    </message>
    <message>
        <source>request %1 (id %2) got no response within %3 ms</source>
        <translation>die Anfrage %1 (ID %2) bekam innerhalb von %3 ms keine Antwort</translation>
    </message>
    <message>
        <source>a late response to %1 (id %2) after %3 ms, which had already timed out or been cancelled</source>
        <translation>eine verspätete Antwort auf %1 (ID %2) nach %3 ms; die Anfrage war bereits abgelaufen oder abgebrochen</translation>
    </message>
    <message>
        <source>request %1 (id %2) was cancelled</source>
        <translation>die Anfrage %1 (ID %2) wurde abgebrochen</translation>
    </message>
    <message>
        <source>too many pending requests: request %1 (id %2) is not tracked</source>
        <translation>zu viele offene Anfragen: die Anfrage %1 (ID %2) wird nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>JsonRpcMessage</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not valid UTF-8: a string near byte %1</source>
        <translation>kein gültiges UTF-8: eine Zeichenkette bei Byte %1</translation>
    </message>
    <message>
        <source>nested too deeply for the JSON parser (at byte %1)</source>
        <translation>zu tief verschachtelt für den JSON-Parser (bei Byte %1)</translation>
    </message>
    <message>
        <source>not a JSON-RPC object but %1</source>
        <translation>kein JSON-RPC-Objekt, sondern %1</translation>
    </message>
    <message>
        <source>an empty batch</source>
        <translation>ein leerer Batch</translation>
    </message>
    <message>
        <source>no &quot;jsonrpc&quot;: &quot;2.0&quot; member</source>
        <translation>kein Element &quot;jsonrpc&quot;: &quot;2.0&quot;</translation>
    </message>
    <message>
        <source>&quot;jsonrpc&quot; is %1, not &quot;2.0&quot;</source>
        <translation>&quot;jsonrpc&quot; ist %1, nicht &quot;2.0&quot;</translation>
    </message>
    <message>
        <source>the id is %1; it must be a string, a number or null</source>
        <translation>die ID ist %1; sie muss eine Zeichenkette, eine Zahl oder null sein</translation>
    </message>
    <message>
        <source>a response without an id</source>
        <translation>eine Antwort ohne ID</translation>
    </message>
    <message>
        <source>the method is %1, not a string</source>
        <translation>die Methode ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <source>params is %1; it must be an object or an array</source>
        <translation>params ist %1; es muss ein Objekt oder ein Array sein</translation>
    </message>
    <message>
        <source>has both a method and a %1</source>
        <translation>hat sowohl eine Methode als auch ein %1</translation>
    </message>
    <message>
        <source>has both a result and an error</source>
        <translation>hat sowohl ein Ergebnis (result) als auch einen Fehler (error)</translation>
    </message>
    <message>
        <source>neither a request nor a response: no method, result or error</source>
        <translation>weder Anfrage noch Antwort: weder method noch result noch error</translation>
    </message>
    <message>
        <source>the error member is malformed: %1</source>
        <translation>das Element error ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once (at byte %2)</source>
        <translation>das Element „%1“ kommt mehrfach vor (bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 muss eines von %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a multiple of %2</source>
        <translation>%1 muss ein Vielfaches von %2 sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s)</source>
        <translation>
            <numerusform>%1 braucht mindestens %n Zeichen</numerusform>
            <numerusform>%1 braucht mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n character(s)</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen haben</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: the pattern %2 is not a valid regular expression (%3)</source>
        <translation>%1 lässt sich nicht prüfen: das Muster %2 ist kein gültiger regulärer Ausdruck (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s)</source>
        <translation>
            <numerusform>%1 braucht mindestens %n Eintrag</numerusform>
            <numerusform>%1 braucht mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n item(s)</source>
        <translation>
            <numerusform>%1 darf höchstens %n Eintrag haben</numerusform>
            <numerusform>%1 darf höchstens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must not hold equal items (items %2 and %3 are equal)</source>
        <translation>%1 darf keine gleichen Einträge enthalten (Einträge %2 und %3 sind gleich)</translation>
    </message>
    <message>
        <source>%1 must hold an item that matches the schema under &quot;contains&quot;</source>
        <translation>%1 muss einen Eintrag enthalten, der zum Schema unter „contains“ passt</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s) that match the schema under &quot;contains&quot; (it has %3)</source>
        <translation>
            <numerusform>%1 braucht mindestens %n Eintrag, der zum Schema unter „contains“ passt (es hat %3)</numerusform>
            <numerusform>%1 braucht mindestens %n Einträge, die zum Schema unter „contains“ passen (es hat %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n item(s) that match the schema under &quot;contains&quot; (it has %3)</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Eintrag, der zum Schema unter „contains“ passt (es hat %3)</numerusform>
            <numerusform>%1 nimmt höchstens %n Einträge, die zum Schema unter „contains“ passen (es hat %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is required when %2 is given</source>
        <translation>%1 ist nötig, wenn %2 angegeben ist</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n member(s)</source>
        <translation>
            <numerusform>%1 braucht mindestens %n Mitglied</numerusform>
            <numerusform>%1 braucht mindestens %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n member(s)</source>
        <translation>
            <numerusform>%1 nimmt höchstens %n Mitglied</numerusform>
            <numerusform>%1 nimmt höchstens %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not allowed here</source>
        <translation>%1 ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 has a name the schema does not allow</source>
        <translation>%1 hat einen Namen, den das Schema nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 must match at least one of the allowed schemas</source>
        <translation>%1 muss zu mindestens einem der erlaubten Schemas passen</translation>
    </message>
    <message>
        <source>%1 must match exactly one of the allowed schemas, not %2</source>
        <translation>%1 muss zu genau einem der erlaubten Schemas passen, nicht zu %2</translation>
    </message>
    <message>
        <source>%1 must not match the excluded schema</source>
        <translation>%1 darf nicht zum ausgeschlossenen Schema passen</translation>
    </message>
    <message>
        <source>%1 cannot be accepted: the schema here is false</source>
        <translation>%1 kann nicht angenommen werden: das Schema ist hier false</translation>
    </message>
    <message>
        <source>%1 cannot be checked: the schema&apos;s $ref %2 leads nowhere</source>
        <translation>%1 lässt sich nicht prüfen: der $ref %2 des Schemas führt nirgendwohin</translation>
    </message>
    <message>
        <source>%1 cannot be checked: the schema&apos;s $ref %2 leads back to itself without going deeper into the value</source>
        <translation>%1 lässt sich nicht prüfen: der $ref %2 des Schemas führt auf sich selbst zurück, ohne tiefer in den Wert zu gehen</translation>
    </message>
    <message>
        <source>%1 must not nest deeper than %2 levels</source>
        <translation>%1 darf nicht tiefer als %2 Ebenen verschachtelt sein</translation>
    </message>
    <message>
        <source>%1 cannot be checked: the schema asks for more than %2 steps</source>
        <translation>%1 lässt sich nicht prüfen: das Schema verlangt mehr als %2 Schritte</translation>
    </message>
    <message>
        <source>%1 cannot be checked: the schema nests deeper than %2 levels here</source>
        <translation>%1 lässt sich nicht prüfen: das Schema ist hier tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be an object, not %1 (a schema is an object, true or false)</source>
        <translation>muss ein Objekt sein, nicht %1 (ein Schema ist ein Objekt, true oder false)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Schema type; use one of %2</source>
        <translation>„%1“ ist kein JSON-Schema-Typ; möglich sind %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON Schema type; use one of %2</source>
        <translation>%1 ist kein JSON-Schema-Typ; möglich sind %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more, not %1</source>
        <translation>muss eine ganze Zahl ab 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>must be a non-empty array of the allowed values</source>
        <translation>muss ein nicht leeres Array der erlaubten Werte sein</translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation>muss ein nicht leeres Array von Schemas sein</translation>
    </message>
    <message>
        <source>%1 is not followed: only references inside this schema (starting with #) are</source>
        <translation>%1 wird nicht verfolgt: nur Verweise innerhalb dieses Schemas (beginnend mit #) werden verfolgt</translation>
    </message>
    <message>
        <source>%1 points nowhere in this schema</source>
        <translation>%1 zeigt auf nichts in diesem Schema</translation>
    </message>
    <message>
        <source>%1 is not a JSON Pointer (after #: steps starting with /, ~0 for ~ and ~1 for /)</source>
        <translation>%1 ist kein JSON Pointer (nach #: Schritte, die mit / beginnen, ~0 für ~ und ~1 für /)</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the arguments</source>
        <translation>die Argumente</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>der Schlüssel „%1“ kommt in einem Objekt zweimal vor</translation>
    </message>
</context>
<context>
    <name>JsonTreeBuilder</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message>
        <source>… more items not shown</source>
        <translation>… weitere Elemente nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When the send queue is full: wait (pause what Sockscope sends from, and stop reading a peer whose answers wait; what cannot pause is refused), reject, drop-oldest or close (default %1).</source>
        <translation>Wenn die Sendewarteschlange voll ist: wait (anhalten, woraus Sockscope sendet, und eine Gegenstelle nicht mehr lesen, deren Antworten warten; was nicht anhalten kann, wird abgelehnt), reject, drop-oldest oder close (Standard %1).</translation>
    </message>
    <message>
        <source>--on-queue-full takes wait, reject, drop-oldest or close</source>
        <translation>--on-queue-full nimmt wait, reject, drop-oldest oder close</translation>
    </message>
</context>
<context>
    <name>McpCall</name>
    <message>
        <source>no method given</source>
        <translation>keine Methode angegeben</translation>
    </message>
    <message>
        <source>%1 takes no name or URI (got &quot;%2&quot;); give its params as key=value</source>
        <translation>%1 nimmt keinen Namen und keine URI (erhalten: „%2“); Parameter als Schlüssel=Wert angeben</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 needs a level (debug, info, notice, warning, error, critical, alert, emergency)</source>
        <translation>%1 braucht eine Stufe (debug, info, notice, warning, error, critical, alert, emergency)</translation>
    </message>
    <message>
        <source>%1 needs prompt:NAME or resource:URI</source>
        <translation>%1 braucht prompt:NAME oder resource:URI</translation>
    </message>
    <message>
        <source>%1 needs a URI</source>
        <translation>%1 braucht eine URI</translation>
    </message>
    <message>
        <source>%1 needs prompt:NAME or resource:URI, not &quot;%2&quot;</source>
        <translation>%1 braucht prompt:NAME oder resource:URI, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 completes one argument: give exactly one name=value</source>
        <translation>%1 vervollständigt ein Argument: genau ein Name=Wert angeben</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides its target</source>
        <translation>%1 nimmt außer seinem Ziel keine Argumente</translation>
    </message>
</context>
<context>
    <name>McpOptions</name>
    <message>
        <source>MCP protocol version to ask for in initialize: %1 (default %2).</source>
        <translation>MCP-Protokollversion, die initialize anfragt: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fail when the server answers another protocol version (by default a known one is accepted with a warning).</source>
        <translation>Fehlschlagen, wenn der Server eine andere Protokollversion antwortet (standardmäßig wird eine bekannte mit einer Warnung angenommen).</translation>
    </message>
    <message>
        <source>clientInfo.name sent in initialize (default %1).</source>
        <translation>clientInfo.name in initialize (Standard %1).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>clientInfo.version sent in initialize (default %1).</source>
        <translation>clientInfo.version in initialize (Standard %1).</translation>
    </message>
    <message>
        <source>Client capabilities to declare, a JSON object (roots, sampling and elicitation are added for the methods --reply answers).</source>
        <translation>Zu erklärende Client-Fähigkeiten als JSON-Objekt (roots, sampling und elicitation kommen für die Methoden hinzu, die --reply beantwortet).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Fail a call that gets no answer within MS milliseconds (default %1).</source>
        <translation>Einen Aufruf ohne Antwort nach MS Millisekunden fehlschlagen lassen (Standard %1).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Follow nextCursor for at most N pages per list call (default %1).</source>
        <translation>nextCursor je Listenaufruf höchstens N Seiten weit folgen (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Do not ask for progress notifications on tools/call.</source>
        <translation>Bei tools/call keine Fortschrittsmeldungen anfordern.</translation>
    </message>
    <message>
        <source>Answer the server&apos;s request METHOD with this JSON result, e.g. &apos;roots/list={&quot;roots&quot;:[]}&apos; (repeatable).</source>
        <translation>Die Anfrage METHODE des Servers mit diesem JSON-Ergebnis beantworten, z. B. &apos;roots/list={&quot;roots&quot;:[]}&apos; (mehrfach möglich).</translation>
    </message>
    <message>
        <source>method=json</source>
        <translation>Methode=JSON</translation>
    </message>
    <message>
        <source>Answer the server&apos;s request METHOD with a JSON-RPC error CODE and MESSAGE (repeatable).</source>
        <translation>Die Anfrage METHODE des Servers mit einem JSON-RPC-Fehler CODE und MELDUNG beantworten (mehrfach möglich).</translation>
    </message>
    <message>
        <source>method=code:message</source>
        <translation>Methode=Code:Meldung</translation>
    </message>
    <message>
        <source>--protocol-version needs a version such as %1</source>
        <translation>--protocol-version braucht eine Version wie %1</translation>
    </message>
    <message>
        <source>--capabilities-json needs a JSON object</source>
        <translation>--capabilities-json braucht ein JSON-Objekt</translation>
    </message>
    <message>
        <source>--reply needs METHOD={json object}, not &quot;%1&quot;</source>
        <translation>--reply braucht METHODE={JSON-Objekt}, nicht „%1“</translation>
    </message>
    <message>
        <source>--reply-error needs METHOD=CODE:MESSAGE, not &quot;%1&quot;</source>
        <translation>--reply-error braucht METHODE=CODE:MELDUNG, nicht „%1“</translation>
    </message>
    <message>
        <source>Send --protocol-version even when it is not one of the known versions (to see how a server answers).</source>
        <translation>--protocol-version auch senden, wenn sie keine der bekannten Versionen ist (um zu sehen, wie ein Server antwortet).</translation>
    </message>
    <message>
        <source>--protocol-version %1 is not a known version (%2); add --allow-unknown-version to send it anyway</source>
        <translation>--protocol-version %1 ist keine bekannte Version (%2); mit --allow-unknown-version wird sie trotzdem gesendet</translation>
    </message>
</context>
<context>
    <name>McpScript</name>
    <message>
        <source>line %1: unbalanced quotes</source>
        <translation>Zeile %1: Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a JSON object</source>
        <translation>Zeile %1: „%2“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1: expected key=value, not &quot;%2&quot;</source>
        <translation>Zeile %1: erwartet wurde Schlüssel=Wert, nicht „%2“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a JSON array: %1 at byte %2</source>
        <translation>kein JSON-Array: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>line %1: not JSON: %2</source>
        <translation>Zeile %1: kein JSON: %2</translation>
    </message>
    <message>
        <source>the script holds no calls</source>
        <translation>das Skript enthält keine Aufrufe</translation>
    </message>
    <message>
        <source>an object {&quot;method&quot;: &quot;...&quot;, &quot;params&quot;: {...}}</source>
        <translation>ein Objekt {&quot;method&quot;: &quot;...&quot;, &quot;params&quot;: {...}}</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>MCP: client to server</source>
        <translation>MCP: Client an Server</translation>
    </message>
    <message>
        <source>MCP: server to client</source>
        <translation>MCP: Server an Client</translation>
    </message>
    <message>
        <source>MCP: responses</source>
        <translation>MCP: Antworten</translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <source>Plain JSON tools</source>
        <translation>Werkzeuge mit einfachem JSON</translation>
    </message>
</context>
<context>
    <name>MethodTable</name>
    <message>
        <source>(other method)</source>
        <translation>(andere Methode)</translation>
    </message>
</context>
<context>
    <name>MockConfigLoader</name>
    <message>
        <source>a mock configuration must be a JSON object, not %1</source>
        <translation>eine Mock-Konfiguration muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder here; use one of %2</source>
        <translation>{{%1}} ist hier kein Platzhalter; möglich sind %2</translation>
    </message>
    <message>
        <source>{{%1}} names nothing: the names here are %2</source>
        <translation>{{%1}} benennt nichts: die Namen hier sind %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>missing: this is not a Sockscope mock file (it starts with &quot;format&quot;: &quot;sockscope-mock&quot;)</source>
        <translation>fehlt: dies ist keine Sockscope-Mock-Datei (sie beginnt mit &quot;format&quot;: &quot;sockscope-mock&quot;)</translation>
    </message>
    <message>
        <source>missing: the format version (this Sockscope reads version %1)</source>
        <translation>fehlt: die Formatversion (dieses Sockscope liest Version %1)</translation>
    </message>
    <message>
        <source>version %1 is not supported: this Sockscope reads version %2</source>
        <translation>Version %1 wird nicht unterstützt: dieses Sockscope liest Version %2</translation>
    </message>
    <message>
        <source>%1 is not a protocol version (YYYY-MM-DD)</source>
        <translation>%1 ist keine Protokollversion (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used at %2</source>
        <translation>„%1“ wird schon bei %2 verwendet</translation>
    </message>
    <message>
        <source>&quot;result&quot; takes the place of &quot;content&quot;, &quot;structuredContent&quot; and &quot;isError&quot;: give one or the other</source>
        <translation>&quot;result&quot; ersetzt &quot;content&quot;, &quot;structuredContent&quot; und &quot;isError&quot;: entweder das eine oder das andere angeben</translation>
    </message>
    <message>
        <source>missing: give &quot;content&quot; (an array) or &quot;result&quot; (an object)</source>
        <translation>fehlt: &quot;content&quot; (ein Array) oder &quot;result&quot; (ein Objekt) angeben</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; or &quot;blob&quot;, not both</source>
        <translation>entweder &quot;text&quot; oder &quot;blob&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <source>missing: give &quot;text&quot; or &quot;blob&quot;</source>
        <translation>fehlt: &quot;text&quot; oder &quot;blob&quot; angeben</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>is not a URI template: %1</source>
        <translation>ist keine URI-Vorlage: %1</translation>
    </message>
    <message>
        <source>must start with &quot;notifications/&quot;</source>
        <translation>muss mit &quot;notifications/&quot; beginnen</translation>
    </message>
    <message>
        <source>needs &quot;intervalMs&quot; to repeat</source>
        <translation>braucht &quot;intervalMs&quot;, um sich zu wiederholen</translation>
    </message>
    <message>
        <source>must be a number of milliseconds or a range [min, max]</source>
        <translation>muss eine Zahl von Millisekunden oder ein Bereich [min, max] sein</translation>
    </message>
    <message>
        <source>must not be less than the first number, %1</source>
        <translation>darf nicht kleiner als die erste Zahl sein, %1</translation>
    </message>
    <message>
        <source>%1 is not a close code that may be sent</source>
        <translation>%1 ist kein Close-Code, der gesendet werden darf</translation>
    </message>
    <message>
        <source>must be at most 123 bytes of UTF-8</source>
        <translation>darf höchstens 123 Bytes UTF-8 lang sein</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1</source>
        <translation>eine ganze Zahl von 1 bis %1</translation>
    </message>
</context>
<context>
    <name>MockOptions</name>
    <message>
        <source>--%1 takes a share from 0 to 1, not &quot;%2&quot;</source>
        <translation>--%1 erwartet einen Anteil von 0 bis 1, nicht „%2“</translation>
    </message>
    <message>
        <source>Fault: delay every answer by MS milliseconds, or by a random time in MIN-MAX.</source>
        <translation>Fehler: jede Antwort um MS Millisekunden verzögern, oder um eine zufällige Zeit in MIN-MAX.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Fault: never send this share of the answers, 0 to 1 (default %1).</source>
        <translation>Fehler: diesen Anteil der Antworten nie senden, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Fault: send this share of the answers as malformed JSON, 0 to 1 (default %1).</source>
        <translation>Fehler: diesen Anteil der Antworten als fehlerhaftes JSON senden, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>Fault: pad this share of the answers to --oversized-bytes, 0 to 1 (default %1).</source>
        <translation>Fehler: diesen Anteil der Antworten auf --oversized-bytes auffüllen, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>The size of a padded answer (default %1).</source>
        <translation>Die Größe einer aufgefüllten Antwort (Standard %1).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Fault: close each connection after N messages from its client; 0 = never (default %1).</source>
        <translation>Fehler: jede Verbindung nach N Nachrichten ihres Clients schließen; 0 = nie (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The close code of --close-after (default %1).</source>
        <translation>Der Close-Code von --close-after (Standard %1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Fault: stop answering RFC 6455 pings.</source>
        <translation>Fehler: RFC-6455-Pings nicht mehr beantworten.</translation>
    </message>
    <message>
        <source>Apply latency, drops, malformed and oversized answers only to this method (repeatable; default: every method).</source>
        <translation>Verzögerung, verworfene, fehlerhafte und übergroße Antworten nur bei dieser Methode anwenden (wiederholbar; Standard: jede Methode).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Seed of the random fault draws, for runs that repeat exactly; 0 = random (default %1).</source>
        <translation>Startwert der zufälligen Fehlerauswahl, für genau wiederholbare Läufe; 0 = zufällig (Standard %1).</translation>
    </message>
    <message>
        <source>--latency takes milliseconds (200) or a range (100-500), not &quot;%1&quot;</source>
        <translation>--latency erwartet Millisekunden (200) oder einen Bereich (100-500), nicht „%1“</translation>
    </message>
    <message>
        <source>--oversized-bytes takes at most %1</source>
        <translation>--oversized-bytes erlaubt höchstens %1</translation>
    </message>
    <message>
        <source>--close-code: %1 is not a close code that may be sent</source>
        <translation>--close-code: %1 ist kein Close-Code, der gesendet werden darf</translation>
    </message>
</context>
<context>
    <name>MockResourceTemplate</name>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; at character %1</source>
        <translation>ein &quot;}&quot; ohne sein &quot;{&quot; bei Zeichen %1</translation>
    </message>
    <message>
        <source>the &quot;{&quot; at character %1 is never closed</source>
        <translation>das &quot;{&quot; bei Zeichen %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; is not a variable: use letters, digits and _ only</source>
        <translation>„{%1}“ ist keine Variable: nur Buchstaben, Ziffern und _ verwenden</translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; appears twice</source>
        <translation>die Variable „%1“ kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>MockSession</name>
    <message>
        <source>the client sent a response with the id %1, but the mock server sent no request</source>
        <translation>der Client hat eine Antwort mit der ID %1 gesendet, aber die MCP-Attrappe hat keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>notifications/initialized arrived before initialize; ignored</source>
        <translation>notifications/initialized kam vor initialize; ignoriert</translation>
    </message>
    <message>
        <source>notifications/initialized arrived twice; ignored</source>
        <translation>notifications/initialized kam zweimal; ignoriert</translation>
    </message>
    <message>
        <source>notifications/cancelled without a usable requestId; ignored</source>
        <translation>notifications/cancelled ohne brauchbare requestId; ignoriert</translation>
    </message>
    <message>
        <source>session initialized with protocol version %1</source>
        <translation>Sitzung mit Protokollversion %1 initialisiert</translation>
    </message>
    <message>
        <source>session initialized: the client asked for protocol version %1, which is not accepted; answered %2</source>
        <translation>Sitzung initialisiert: der Client wollte Protokollversion %1, die nicht angenommen wird; geantwortet wurde %2</translation>
    </message>
</context>
<context>
    <name>OptionParsing</name>
    <message>
        <source>--%1 needs a number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 braucht eine Zahl von mindestens %2, nicht „%3“</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 braucht eine Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
</context>
<context>
    <name>ReplayAssertion</name>
    <message>
        <source>step %1: %2 equals %3</source>
        <translation>Schritt %1: %2 ist gleich %3</translation>
    </message>
    <message>
        <source>step %1: %2 matches /%3/</source>
        <translation>Schritt %1: %2 passt zu /%3/</translation>
    </message>
    <message>
        <source>step %1: %2 exists</source>
        <translation>Schritt %1: %2 existiert</translation>
    </message>
    <message>
        <source>step %1: a %2 notification within %3 ms</source>
        <translation>Schritt %1: eine Benachrichtigung %2 innerhalb von %3 ms</translation>
    </message>
    <message>
        <source>step %1: latency below %2 ms</source>
        <translation>Schritt %1: Latenz unter %2 ms</translation>
    </message>
    <message>
        <source>every step: latency below %1 ms</source>
        <translation>jeder Schritt: Latenz unter %1 ms</translation>
    </message>
    <message>
        <source>the connection is not closed (and stays open %1 ms after the last step)</source>
        <translation>die Verbindung wird nicht geschlossen (und bleibt nach dem letzten Schritt %1 ms offen)</translation>
    </message>
    <message>
        <source>the connection is not closed</source>
        <translation>die Verbindung wird nicht geschlossen</translation>
    </message>
    <message>
        <source>not a member of a &quot;%1&quot; assertion</source>
        <translation>kein Mitglied einer „%1“-Prüfung</translation>
    </message>
    <message>
        <source>required by a &quot;%1&quot; assertion</source>
        <translation>von einer „%1“-Prüfung verlangt</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>a JSON path</source>
        <translation>ein JSON-Pfad</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>a step number (from %1)</source>
        <translation>eine Schrittnummer (ab %1)</translation>
    </message>
    <message>
        <source>a whole number of milliseconds from %1 to %2</source>
        <translation>eine ganze Zahl von Millisekunden von %1 bis %2</translation>
    </message>
    <message>
        <source>a method name</source>
        <translation>ein Methodenname</translation>
    </message>
</context>
<context>
    <name>ReplayComparator</name>
    <message>
        <source>... and %1 more differences</source>
        <translation>... und %1 weitere Unterschiede</translation>
    </message>
    <message>
        <source>%1: missing (expected %2)</source>
        <translation>%1: fehlt (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1: unexpected (got %2)</source>
        <translation>%1: unerwartet (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet %2, erhalten %3</translation>
    </message>
    <message>
        <source>expected a text message, got a binary message (%1 bytes)</source>
        <translation>Textnachricht erwartet, Binärnachricht erhalten (%1 Bytes)</translation>
    </message>
    <message>
        <source>expected a binary message, got a text message: %1</source>
        <translation>Binärnachricht erwartet, Textnachricht erhalten: %1</translation>
    </message>
    <message>
        <source>expected JSON, got text that is not JSON: %1</source>
        <translation>JSON erwartet, Text ohne JSON erhalten: %1</translation>
    </message>
    <message>
        <source>message differs at byte %1 (expected %2 bytes, got %3)</source>
        <translation>Nachricht weicht ab Byte %1 ab (erwartet %2 Bytes, erhalten %3)</translation>
    </message>
    <message>
        <source>  expected: %1</source>
        <translation>  erwartet: %1</translation>
    </message>
    <message>
        <source>  got:      %1</source>
        <translation>  erhalten: %1</translation>
    </message>
</context>
<context>
    <name>ReplayMcpCheck</name>
    <message>
        <source>the conversation was recorded mid-connection, after its MCP initialize: it starts without one, so an MCP server will refuse %1 (step %2) and the requests after it</source>
        <translation>das Gespräch wurde mitten in der Verbindung aufgezeichnet, nach seinem MCP-initialize: es beginnt ohne eines, daher wird ein MCP-Server %1 (Schritt %2) und die folgenden Anfragen ablehnen</translation>
    </message>
    <message>
        <source>step %1 sends %2 before any initialize: an MCP server refuses requests until a session is initialized, so the answers will not be as recorded</source>
        <translation>Schritt %1 sendet %2 vor jedem initialize: ein MCP-Server lehnt Anfragen ab, bis eine Sitzung initialisiert ist, daher werden die Antworten nicht wie aufgezeichnet sein</translation>
    </message>
</context>
<context>
    <name>ReplayPlan</name>
    <message>
        <source>binary message (%1 bytes)</source>
        <translation>Binärnachricht (%1 Bytes)</translation>
    </message>
    <message>
        <source>response (id %1)</source>
        <translation>Antwort (ID %1)</translation>
    </message>
    <message>
        <source>batch of %1 messages</source>
        <translation>Batch mit %1 Nachrichten</translation>
    </message>
    <message>
        <source>text message (%1 bytes)</source>
        <translation>Textnachricht (%1 Bytes)</translation>
    </message>
    <message>
        <source>the session holds no messages to replay</source>
        <translation>die Sitzung enthält keine Nachrichten zum Wiederholen</translation>
    </message>
    <message>
        <source>connection %1 has no messages in this session</source>
        <translation>Verbindung %1 hat in dieser Sitzung keine Nachrichten</translation>
    </message>
    <message>
        <source>peer %1 of connection %2 has no messages in this session</source>
        <translation>Gegenstelle %1 von Verbindung %2 hat in dieser Sitzung keine Nachrichten</translation>
    </message>
    <message>
        <source>connection %1 is a client connection: it has no peer %2</source>
        <translation>Verbindung %1 ist eine Client-Verbindung: sie hat keine Gegenstelle %2</translation>
    </message>
    <message>
        <source>peer %1 of connection %2 sent no messages</source>
        <translation>Gegenstelle %1 von Verbindung %2 hat keine Nachrichten gesendet</translation>
    </message>
    <message>
        <source>connection %1 sent no messages</source>
        <translation>Verbindung %1 hat keine Nachrichten gesendet</translation>
    </message>
    <message>
        <source>connection %1 is a server&apos;s: its peers connect once, there is no connect %2</source>
        <translation>Verbindung %1 gehört einem Server: ihre Gegenstellen verbinden sich nur einmal, es gibt keinen Verbindungsaufbau %2</translation>
    </message>
    <message>
        <source>connection %1 has no messages in its connect %2</source>
        <translation>Verbindung %1 hat bei Verbindungsaufbau %2 keine Nachrichten</translation>
    </message>
</context>
<context>
    <name>ReplaySettings</name>
    <message>
        <source>&quot;%1&quot; is a built-in variable</source>
        <translation>„%1“ ist eine eingebaute Variable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is captured twice</source>
        <translation>„%1“ wird zweimal übernommen</translation>
    </message>
    <message>
        <source>a JSON path</source>
        <translation>ein JSON-Pfad</translation>
    </message>
    <message>
        <source>an object {name, step, path}</source>
        <translation>ein Objekt {name, step, path}</translation>
    </message>
    <message>
        <source>a step number (from 1)</source>
        <translation>eine Schrittnummer (ab 1)</translation>
    </message>
    <message>
        <source>a connection id (a whole number from 0)</source>
        <translation>eine Verbindungsnummer (eine ganze Zahl ab 0)</translation>
    </message>
    <message>
        <source>a peer id (a whole number from 0)</source>
        <translation>eine Peer-Nummer (eine ganze Zahl ab 0)</translation>
    </message>
    <message>
        <source>a connect number (a whole number from 0)</source>
        <translation>eine Verbindungsaufbau-Nummer (eine ganze Zahl ab 0)</translation>
    </message>
    <message>
        <source>a number greater than 0 and at most %1</source>
        <translation>eine Zahl größer als 0 und höchstens %1</translation>
    </message>
    <message>
        <source>a whole number of milliseconds from 1 to %1</source>
        <translation>eine ganze Zahl von Millisekunden von 1 bis %1</translation>
    </message>
    <message>
        <source>an array of JSON paths</source>
        <translation>ein Array von JSON-Pfaden</translation>
    </message>
    <message>
        <source>an array of {name, step, path}</source>
        <translation>ein Array von {name, step, path}</translation>
    </message>
    <message>
        <source>a variable name (letters, digits, _ and -; starting with a letter or _)</source>
        <translation>ein Variablenname (Buchstaben, Ziffern, _ und -; beginnend mit einem Buchstaben oder _)</translation>
    </message>
</context>
<context>
    <name>ReplaySetup</name>
    <message>
        <source>replay settings: %1</source>
        <translation>Abspieleinstellungen: %1</translation>
    </message>
    <message>
        <source>assertion %1: %2</source>
        <translation>Zusicherung %1: %2</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
</context>
<context>
    <name>ReplayVariables</name>
    <message>
        <source>variable {{%1}} has no value: %2</source>
        <translation>die Variable {{%1}} hat keinen Wert: %2</translation>
    </message>
    <message>
        <source>unknown variable {{%1}} (built in: uuid, now, nowMs, nextId; or a capture)</source>
        <translation>unbekannte Variable {{%1}} (eingebaut: uuid, now, nowMs, nextId; oder eine Übernahme)</translation>
    </message>
</context>
<context>
    <name>ServerHandshake</name>
    <message>
        <source>the request headers exceed %1 bytes</source>
        <translation>die Kopfzeilen der Anfrage überschreiten %1 Bytes</translation>
    </message>
    <message>
        <source>not an HTTP request</source>
        <translation>keine HTTP-Anfrage</translation>
    </message>
    <message>
        <source>malformed request line: &quot;%1&quot;</source>
        <translation>fehlerhafte Anfragezeile: „%1“</translation>
    </message>
    <message>
        <source>malformed header line: &quot;%1&quot;</source>
        <translation>fehlerhafte Kopfzeile: „%1“</translation>
    </message>
    <message>
        <source>method %1 is not GET</source>
        <translation>die Methode %1 ist nicht GET</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade: no &quot;Upgrade: websocket&quot; header</source>
        <translation>kein WebSocket-Upgrade: keine Kopfzeile „Upgrade: websocket“</translation>
    </message>
    <message>
        <source>no &quot;Connection: Upgrade&quot; header</source>
        <translation>keine Kopfzeile „Connection: Upgrade“</translation>
    </message>
    <message>
        <source>unsupported Sec-WebSocket-Version &quot;%1&quot; (13 is supported)</source>
        <translation>nicht unterstützte Sec-WebSocket-Version „%1“ (unterstützt wird 13)</translation>
    </message>
    <message>
        <source>missing or malformed Sec-WebSocket-Key</source>
        <translation>Sec-WebSocket-Key fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1 cannot upgrade to WebSocket: HTTP/1.1 or later is required</source>
        <translation>%1 kann nicht auf WebSocket umstellen: HTTP/1.1 oder neuer ist nötig</translation>
    </message>
    <message>
        <source>no Host header</source>
        <translation>keine Host-Kopfzeile</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Port to listen on; 0 picks a free one (default %1).</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien (Standard %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address to listen on (default %1; anything else is reachable from other machines).</source>
        <translation>Adresse, auf der gelauscht wird (Standard %1; jede andere ist von anderen Rechnern aus erreichbar).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serve wss:// with this PEM certificate (needs --tls-key).</source>
        <translation>wss:// mit diesem PEM-Zertifikat anbieten (braucht --tls-key).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert.</source>
        <translation>Privater PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Accept only this Origin (repeatable); others get HTTP 403. Default: any.</source>
        <translation>Nur diesen Origin annehmen (mehrfach möglich); andere erhalten HTTP 403. Standard: jeder.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Require this token as &quot;Authorization: Bearer TOKEN&quot; or query parameter --token-query-param; others get HTTP 401.</source>
        <translation>Dieses Token als „Authorization: Bearer TOKEN“ oder als Query-Parameter --token-query-param verlangen; andere erhalten HTTP 401.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Query parameter that may carry the token (default &quot;%1&quot;).</source>
        <translation>Query-Parameter, der das Token tragen darf (Standard „%1“).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subprotocol to select when a client offers it (repeatable; default %1). Never selected unless offered.</source>
        <translation>Subprotokoll, das gewählt wird, wenn ein Client es anbietet (mehrfach möglich; Standard %1). Nie gewählt, wenn nicht angeboten.</translation>
    </message>
    <message>
        <source>Select no subprotocol, whatever the client offers.</source>
        <translation>Kein Subprotokoll wählen, egal was der Client anbietet.</translation>
    </message>
    <message>
        <source>Show credentials in events instead of &quot;[redacted]&quot;.</source>
        <translation>Zugangsdaten in Ereignissen zeigen statt „[redacted]“.</translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation>--port nimmt 0 bis 65535</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>a connection id (an integer from 1)</source>
        <translation>eine Verbindungs-ID (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>not a Sockscope session (the format is &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>keine Sockscope-Sitzung (das Format ist „%1“, erwartet wird „%2“)</translation>
    </message>
    <message>
        <source>not a Sockscope session (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine Sockscope-Sitzung (kein „format“: „%1“)</translation>
    </message>
    <message>
        <source>the session format version is missing or malformed (expected &quot;MAJOR.MINOR&quot; such as &quot;1.0&quot;)</source>
        <translation>die Version des Sitzungsformats fehlt oder ist fehlerhaft (erwartet wird „MAJOR.MINOR“, etwa „1.0“)</translation>
    </message>
    <message>
        <source>written by a newer Sockscope (session format %1); this version reads %2.x</source>
        <translation>von einem neueren Sockscope geschrieben (Sitzungsformat %1); diese Version liest %2.x</translation>
    </message>
    <message>
        <source>unsupported session format %1; this version reads %2.x</source>
        <translation>nicht unterstütztes Sitzungsformat %1; diese Version liest %2.x</translation>
    </message>
    <message>
        <source>connection %1 appears twice in &quot;connections&quot;</source>
        <translation>Verbindung %1 kommt in „connections“ zweimal vor</translation>
    </message>
    <message>
        <source>a whole number of at least 0</source>
        <translation>eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>a peer id (an integer from 1)</source>
        <translation>eine Gegenstellen-ID (eine ganze Zahl ab 1)</translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message>
        <source>already recording to %1</source>
        <translation>es wird bereits nach %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>a recording of %1 is in progress or was interrupted; open %1 to recover it</source>
        <translation>eine Aufzeichnung von %1 läuft oder wurde unterbrochen; öffnen Sie %1, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>cannot record to %1: the folder %2 does not exist</source>
        <translation>Aufzeichnung nach %1 nicht möglich: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot record to %1: the folder %2 is not writable</source>
        <translation>Aufzeichnung nach %1 nicht möglich: der Ordner %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot record to %1: cannot create %2: %3</source>
        <translation>Aufzeichnung nach %1 nicht möglich: %2 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>cannot record to %1: cannot write %2: %3</source>
        <translation>Aufzeichnung nach %1 nicht möglich: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: cannot write %2: %3. The %4 events written before are kept in the journal; open %1 to recover them.</source>
        <translation>Aufzeichnung nach %1 angehalten: %2 kann nicht geschrieben werden: %3. Die %4 zuvor geschriebenen Ereignisse bleiben im Journal erhalten; öffnen Sie %1, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>not recording</source>
        <translation>es läuft keine Aufzeichnung</translation>
    </message>
    <message>
        <source>cannot save the recording %1: %2
The %3 events recorded are kept in %4; open %1 to recover them.</source>
        <translation>die Aufzeichnung %1 kann nicht gespeichert werden: %2
Die %3 aufgezeichneten Ereignisse bleiben in %4 erhalten; öffnen Sie %1, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>saved %1, but cannot remove the journal %2</source>
        <translation>%1 gespeichert, aber das Journal %2 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>SessionReader</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot open: not readable</source>
        <translation>kann nicht geöffnet werden: nicht lesbar</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header is incomplete: the file ends before its closing brace</source>
        <translation>der Kopf ist unvollständig: die Datei endet vor seiner schließenden Klammer</translation>
    </message>
    <message>
        <source>the header is larger than %1 MiB; this is not a session file or it is damaged</source>
        <translation>der Kopf ist größer als %1 MiB; das ist keine Sitzungsdatei, oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a Sockscope session file (it does not begin with a JSON object)</source>
        <translation>keine Sockscope-Sitzungsdatei (sie beginnt nicht mit einem JSON-Objekt)</translation>
    </message>
    <message>
        <source>unexpected text after the header; each event belongs on a line of its own</source>
        <translation>unerwarteter Text nach dem Kopf; jedes Ereignis gehört in eine eigene Zeile</translation>
    </message>
    <message>
        <source>the header is not valid JSON: %1</source>
        <translation>der Kopf ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1: the header says %2 events, but the file holds %3; it may have been cut short or edited</source>
        <translation>%1: laut Kopf %2 Ereignisse, die Datei enthält aber %3; sie wurde vielleicht abgeschnitten oder bearbeitet</translation>
    </message>
    <message>
        <source>the line is longer than the limit of %1 MiB</source>
        <translation>die Zeile ist länger als die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>dropped a partial last line (%1 bytes)</source>
        <translation>unvollständige letzte Zeile verworfen (%1 Bytes)</translation>
    </message>
    <message>
        <source>%1: line %2: the file ends in a partial line (%3 bytes), which was skipped; the file was probably cut short</source>
        <translation>%1: Zeile %2: die Datei endet mit einer unvollständigen Zeile (%3 Bytes), die übersprungen wurde; die Datei wurde wahrscheinlich abgeschnitten</translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message>
        <source>cannot recover the interrupted recording %1: %2
The journal is kept; delete it to record to this file again.</source>
        <translation>die unterbrochene Aufzeichnung %1 kann nicht wiederhergestellt werden: %2
Das Journal bleibt erhalten; löschen Sie es, um wieder in diese Datei aufzuzeichnen.</translation>
    </message>
    <message>
        <source>there is no journal</source>
        <translation>es gibt kein Journal</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n event(s) from the interrupted recording of %1.</source>
        <translation>
            <numerusform>%n Ereignis aus der unterbrochenen Aufzeichnung von %1 wiederhergestellt.</numerusform>
            <numerusform>%n Ereignisse aus der unterbrochenen Aufzeichnung von %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A partial last line (%1 bytes), cut off when the recording stopped, was dropped.</source>
        <translation>Eine unvollständige letzte Zeile (%1 Bytes), die beim Abbruch der Aufzeichnung abgeschnitten wurde, wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>SessionSettingsJson</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>must be base64</source>
        <translation>muss Base64 sein</translation>
    </message>
    <message>
        <source>a [name, value] pair</source>
        <translation>ein Paar [Name, Wert]</translation>
    </message>
    <message>
        <source>must be a valid URL</source>
        <translation>muss eine gültige URL sein</translation>
    </message>
</context>
<context>
    <name>SessionWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the header promises %1 events, but %2 were given</source>
        <translation>der Kopf verspricht %1 Ereignisse, übergeben wurden aber %2</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Largest incoming message:</source>
        <translation>Größte eingehende Nachricht:</translation>
    </message>
    <message>
        <source>A larger incoming message closes the connection with 1009; 0 = no limit.</source>
        <translation>Eine größere eingehende Nachricht schließt die Verbindung mit 1009; 0 = keine Grenze.</translation>
    </message>
    <message>
        <source>Outgoing frame size:</source>
        <translation>Größe ausgehender Frames:</translation>
    </message>
    <message>
        <source>Outgoing messages larger than this go out as several frames; 0 = never fragment.</source>
        <translation>Größere ausgehende Nachrichten gehen als mehrere Frames hinaus; 0 = nie fragmentieren.</translation>
    </message>
    <message>
        <source>Send queue limit:</source>
        <translation>Grenze der Sendewarteschlange:</translation>
    </message>
    <message>
        <source>High-water mark on bytes accepted for sending but not yet written.</source>
        <translation>Obergrenze für Bytes, die zum Senden angenommen, aber noch nicht geschrieben sind.</translation>
    </message>
    <message>
        <source>Socket buffer:</source>
        <translation>Socket-Puffer:</translation>
    </message>
    <message>
        <source>Bytes handed to the operating system at once; the rest waits in the send queue.</source>
        <translation>Bytes, die auf einmal an das Betriebssystem gehen; der Rest wartet in der Sendewarteschlange.</translation>
    </message>
    <message>
        <source>First delay:</source>
        <translation>Erste Wartezeit:</translation>
    </message>
    <message>
        <source>Delay before the first attempt.</source>
        <translation>Wartezeit vor dem ersten Versuch.</translation>
    </message>
    <message>
        <source>Factor:</source>
        <translation>Faktor:</translation>
    </message>
    <message>
        <source>Each delay is the previous one times this.</source>
        <translation>Jede Wartezeit ist die vorige mal diesem Wert.</translation>
    </message>
    <message>
        <source>Longest delay:</source>
        <translation>Längste Wartezeit:</translation>
    </message>
    <message>
        <source>The longest delay.</source>
        <translation>Die längste Wartezeit.</translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation>Jitter:</translation>
    </message>
    <message>
        <source>Each delay is drawn within this fraction above or below it.</source>
        <translation>Jede Wartezeit wird innerhalb dieses Anteils darüber oder darunter gewählt.</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Give up after this many attempts; 0 = never.</source>
        <translation>Nach so vielen Versuchen aufgeben; 0 = nie.</translation>
    </message>
    <message>
        <source>Reset after:</source>
        <translation>Zurücksetzen nach:</translation>
    </message>
    <message>
        <source>A connection open this long starts the backoff afresh.</source>
        <translation>Eine so lange offene Verbindung beginnt den Backoff von vorn.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>Connections at most:</source>
        <translation>Höchstens Verbindungen:</translation>
    </message>
    <message>
        <source>Open peers at most; more are refused with HTTP 503.</source>
        <translation>Höchstzahl offener Gegenstellen; weitere werden mit HTTP 503 abgewiesen.</translation>
    </message>
    <message>
        <source>Handshakes at most:</source>
        <translation>Höchstens Handshakes:</translation>
    </message>
    <message>
        <source>Sockets still in their opening handshake at most; more are dropped.</source>
        <translation>Höchstzahl von Sockets im öffnenden Handshake; weitere werden verworfen.</translation>
    </message>
    <message>
        <source>Handshake timeout:</source>
        <translation>Handshake-Zeitlimit:</translation>
    </message>
    <message>
        <source>Drop a peer whose opening handshake takes longer.</source>
        <translation>Eine Gegenstelle verwerfen, deren öffnender Handshake länger dauert.</translation>
    </message>
    <message>
        <source>Close timeout:</source>
        <translation>Close-Zeitlimit:</translation>
    </message>
    <message>
        <source>Wait this long for a peer&apos;s close frame.</source>
        <translation>So lange auf den Close-Frame einer Gegenstelle warten.</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Leerlauf-Zeitlimit:</translation>
    </message>
    <message>
        <source>Close a peer silent this long; 0 = never.</source>
        <translation>Eine so lange stille Gegenstelle schließen; 0 = nie.</translation>
    </message>
    <message>
        <source>Give up when TCP connect, TLS and the HTTP upgrade take longer.</source>
        <translation>Aufgeben, wenn TCP-Verbindung, TLS und HTTP-Upgrade länger dauern.</translation>
    </message>
    <message>
        <source>Wait this long for the peer&apos;s close frame, then drop the connection.</source>
        <translation>So lange auf den Close-Frame der Gegenseite warten, dann die Verbindung trennen.</translation>
    </message>
</context>
<context>
    <name>Sockscope::AboutDialog</name>
    <message>
        <source>About Sockscope</source>
        <translation>Über Sockscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sockscope %1&lt;/h2&gt;&lt;p&gt;Inspector and test harness for WebSocket and for MCP over WebSocket.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;QScintilla %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sockscope %1&lt;/h2&gt;&lt;p&gt;Inspektor und Testumgebung für WebSocket und für MCP über WebSocket.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;QScintilla %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Sockscope::BulkSendButton</name>
    <message>
        <source>Bulk</source>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <source>Send the message repeatedly, a file&apos;s lines, or every saved message</source>
        <translation>Die Nachricht wiederholt senden, die Zeilen einer Datei oder jede gespeicherte Nachricht</translation>
    </message>
    <message>
        <source>Send &amp;Repeatedly…</source>
        <translation>&amp;Wiederholt senden…</translation>
    </message>
    <message>
        <source>Send the composer&apos;s message many times, its variables new in each</source>
        <translation>Die Nachricht des Editors viele Male senden, ihre Variablen jedes Mal neu</translation>
    </message>
    <message>
        <source>Send &amp;File…</source>
        <translation>&amp;Datei senden…</translation>
    </message>
    <message>
        <source>Send a file&apos;s lines as messages, or the whole file as one</source>
        <translation>Die Zeilen einer Datei als Nachrichten senden, oder die ganze Datei als eine</translation>
    </message>
    <message>
        <source>Send &amp;All Saved</source>
        <translation>&amp;Alle gespeicherten senden</translation>
    </message>
    <message>
        <source>Send every saved message, in the order of the Saved menu</source>
        <translation>Jede gespeicherte Nachricht senden, in der Reihenfolge des Menüs „Gespeichert“</translation>
    </message>
</context>
<context>
    <name>Sockscope::BulkSender</name>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>Send between 1 and %1 messages.</source>
        <translation>Zwischen 1 und %1 Nachrichten senden.</translation>
    </message>
    <message>
        <source>Choose a file to send.</source>
        <translation>Eine Datei zum Senden wählen.</translation>
    </message>
    <message>
        <source>The saved message &quot;%1&quot; does not parse: %2 Nothing was sent.</source>
        <translation>Die gespeicherte Nachricht „%1“ lässt sich nicht lesen: %2 Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>There are no saved messages.</source>
        <translation>Es gibt keine gespeicherten Nachrichten.</translation>
    </message>
    <message>
        <source>A job is running: stop it first (Esc).</source>
        <translation>Ein Auftrag läuft: zuerst anhalten (Esc).</translation>
    </message>
    <message>
        <source>The interval is between 0 and %1 ms.</source>
        <translation>Das Intervall liegt zwischen 0 und %1 ms.</translation>
    </message>
    <message>
        <source>There is nowhere to send.</source>
        <translation>Es gibt kein Ziel zum Senden.</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>nothing of %1</source>
        <translation>nichts von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waiting for the socket: %1 unsent (%2: line %3 sent, %4 % of the file)</source>
        <translation>Warte auf den Socket: %1 ungesendet (%2: Zeile %3 gesendet, %4 % der Datei)</translation>
    </message>
    <message>
        <source>Waiting for the socket: %1 unsent (%2 of %3 sent)</source>
        <translation>Warte auf den Socket: %1 ungesendet (%2 von %3 gesendet)</translation>
    </message>
    <message>
        <source>Sending %1: line %2, %3 % of the file…</source>
        <translation>Sende %1: Zeile %2, %3 % der Datei…</translation>
    </message>
    <message>
        <source>Sending %1 as one message…</source>
        <translation>Sende %1 als eine Nachricht…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Sende %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1: %2 line(s) in %3.</source>
        <translation>
            <numerusform>%1 gesendet: %2 Zeile in %3.</numerusform>
            <numerusform>%1 gesendet: %2 Zeilen in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 as one message.</source>
        <translation>%1 als eine Nachricht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 message(s) in %2.</source>
        <translation>
            <numerusform>%1 Nachricht in %2 gesendet.</numerusform>
            <numerusform>%1 Nachrichten in %2 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>Angehalten nach %1.</translation>
    </message>
    <message>
        <source>%1: stopped after %2.</source>
        <translation>%1: angehalten nach %2.</translation>
    </message>
    <message>
        <source>Line %1 was not sent: %2. Stopped after %3.</source>
        <translation>Zeile %1 wurde nicht gesendet: %2. Angehalten nach %3.</translation>
    </message>
    <message>
        <source>Message %1 was not sent: %2. Stopped after %3.</source>
        <translation>Nachricht %1 wurde nicht gesendet: %2. Angehalten nach %3.</translation>
    </message>
    <message>
        <source>%1 Stopped after %2.</source>
        <translation>%1 Angehalten nach %2.</translation>
    </message>
    <message>
        <source>Unknown variables left as written: %1.</source>
        <translation>Unbekannte Variablen blieben, wie geschrieben: %1.</translation>
    </message>
</context>
<context>
    <name>Sockscope::Channel</name>
    <message>
        <source>the peer did not finish the close handshake within %1 ms</source>
        <translation>die Gegenseite hat den Close-Handshake nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>the connection closed right after the handshake</source>
        <translation>die Verbindung wurde direkt nach dem Handshake geschlossen</translation>
    </message>
    <message>
        <source>cannot send: the connection is not open</source>
        <translation>Senden nicht möglich: die Verbindung ist nicht offen</translation>
    </message>
    <message>
        <source>send queue full: dropped the %1 oldest unsent messages (%2 bytes) to make room</source>
        <translation>Sendewarteschlange voll: die %1 ältesten ungesendeten Nachrichten (%2 Bytes) wurden verworfen, um Platz zu schaffen</translation>
    </message>
    <message>
        <source>send queue full (%1 bytes unwritten, limit %2): closing the connection with 1008</source>
        <translation>Sendewarteschlange voll (%1 Bytes ungeschrieben, Grenze %2): die Verbindung wird mit 1008 geschlossen</translation>
    </message>
    <message>
        <source>send queue full (%1 bytes unwritten, limit %2): message of %3 bytes not sent</source>
        <translation>Sendewarteschlange voll (%1 Bytes ungeschrieben, Grenze %2): Nachricht mit %3 Bytes nicht gesendet</translation>
    </message>
    <message>
        <source>a ping payload may hold at most 125 bytes, not %1</source>
        <translation>die Nutzdaten eines Pings dürfen höchstens 125 Bytes umfassen, nicht %1</translation>
    </message>
    <message>
        <source>the peer closed the TCP connection without a close frame</source>
        <translation>die Gegenseite hat die TCP-Verbindung ohne Close-Frame geschlossen</translation>
    </message>
    <message>
        <source>%1 is not a close code that may be sent</source>
        <translation>%1 ist kein Close-Code, der gesendet werden darf</translation>
    </message>
    <message>
        <source>the connection ended in the middle of a frame or message: %1 bytes received of it are discarded</source>
        <translation>die Verbindung endete mitten in einem Frame oder einer Nachricht: %1 bereits empfangene Bytes davon werden verworfen</translation>
    </message>
    <message>
        <source>%1 queued messages (%2 bytes) were not sent: %3</source>
        <translation>%1 Nachrichten in der Warteschlange (%2 Bytes) wurden nicht gesendet: %3</translation>
    </message>
    <message>
        <source>the connection is closing</source>
        <translation>die Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>the connection ended</source>
        <translation>die Verbindung ist beendet</translation>
    </message>
    <message>
        <source>waiting for the socket: %1 bytes unsent; not reading the peer meanwhile</source>
        <translation>warte auf den Socket: %1 Bytes ungesendet; die Gegenseite wird so lange nicht gelesen</translation>
    </message>
    <message>
        <source>waiting for the socket: %1 bytes unsent</source>
        <translation>warte auf den Socket: %1 Bytes ungesendet</translation>
    </message>
    <message>
        <source>the socket took the backlog: sending again after %1 ms (%2 bytes unsent)</source>
        <translation>der Socket hat den Rückstand aufgenommen: es wird nach %1 ms wieder gesendet (%2 Bytes ungesendet)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ClientConnection</name>
    <message>
        <source>&quot;%1&quot; is not a WebSocket URL: expected ws://host[:port][/path] or wss://...</source>
        <translation>„%1“ ist keine WebSocket-URL: erwartet wird ws://host[:port][/pfad] oder wss://...</translation>
    </message>
    <message>
        <source>credentials will travel unencrypted over ws:// to %1; use wss:// for non-local hosts</source>
        <translation>Zugangsdaten gehen unverschlüsselt über ws:// an %1; für nicht lokale Hosts wss:// verwenden</translation>
    </message>
    <message>
        <source>TLS is not available in this build of Qt</source>
        <translation>TLS ist in diesem Qt-Build nicht verfügbar</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>aus der CA-Datei %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>certificate verification is off: invalid server certificates will be accepted</source>
        <translation>Zertifikatsprüfung ist aus: ungültige Server-Zertifikate werden akzeptiert</translation>
    </message>
    <message>
        <source>the server refused the WebSocket upgrade: HTTP %1 %2</source>
        <translation>der Server hat das WebSocket-Upgrade abgelehnt: HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server closed the connection before completing the handshake</source>
        <translation>der Server hat die Verbindung vor Abschluss des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>accepted an invalid server certificate: %1</source>
        <translation>ungültiges Server-Zertifikat akzeptiert: %1</translation>
    </message>
    <message>
        <source>TLS certificate check failed: %1</source>
        <translation>TLS-Zertifikatsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the opening handshake did not finish within %1 ms</source>
        <translation>der Eröffnungs-Handshake wurde nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>heartbeat missed: reconnecting</source>
        <translation>Heartbeat verpasst: neu verbinden</translation>
    </message>
    <message>
        <source>gave up reconnecting after %1 attempts</source>
        <translation>Neuverbinden nach %1 Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>connection attempt cancelled</source>
        <translation>Verbindungsversuch abgebrochen</translation>
    </message>
    <message>
        <source>cannot send: the connection is not open</source>
        <translation>Senden nicht möglich: die Verbindung ist nicht offen</translation>
    </message>
    <message>
        <source>%1 is not a close code that may be sent</source>
        <translation>%1 ist kein Close-Code, der gesendet werden darf</translation>
    </message>
</context>
<context>
    <name>Sockscope::ClientDocument</name>
    <message>
        <source>idle</source>
        <comment>connection state</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>connection state</comment>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>open</source>
        <comment>connection state</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>closing</source>
        <comment>connection state</comment>
        <translation>schließt</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>connection state</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <comment>connection state</comment>
        <translation>wartet auf Neuverbindung</translation>
    </message>
    <message>
        <source>New Client</source>
        <translation>Neuer Client</translation>
    </message>
    <message>
        <source>The new settings apply from the next connect.</source>
        <translation>Die neuen Einstellungen gelten ab dem nächsten Verbinden.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>%1 gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the frames say why.</source>
        <translation>Nicht gesendet: die Frames sagen, warum.</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>The frame is from another connection.</source>
        <translation>Der Frame stammt von einer anderen Verbindung.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>Die Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Resent %1.</source>
        <translation>%1 erneut gesendet.</translation>
    </message>
    <message>
        <source>Not resent: the frames say why.</source>
        <translation>Nicht erneut gesendet: die Frames sagen, warum.</translation>
    </message>
    <message>
        <source>Not sent: the connection is not open.</source>
        <translation>Nicht gesendet: die Verbindung ist nicht offen.</translation>
    </message>
</context>
<context>
    <name>Sockscope::ClientJobSink</name>
    <message>
        <source>The connection closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>die Verbindung ist nicht offen</translation>
    </message>
    <message>
        <source>the connection did not take it (the frames say why)</source>
        <translation>die Verbindung hat sie nicht angenommen (die Frames sagen, warum)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ClientSettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Extra headers of the opening handshake, sent in this order. Default: none.</source>
        <translation>Zusätzliche Header des öffnenden Handshakes, in dieser Reihenfolge gesendet. Standard: keine.</translation>
    </message>
    <message>
        <source>Subprotocols to offer, one per line, most preferred first. Default: none (MCP mode offers &quot;mcp&quot;).</source>
        <translation>Anzubietende Subprotokolle, eines pro Zeile, das bevorzugte zuerst. Standard: keine (der MCP-Modus bietet „mcp“ an).</translation>
    </message>
    <message>
        <source>Origin header to send. Default: none.</source>
        <translation>Zu sendender Origin-Header. Standard: keiner.</translation>
    </message>
    <message>
        <source>Show credentials in the frames instead of &quot;[redacted]&quot;</source>
        <translation>Zugangsdaten in den Frames zeigen statt „[redacted]“</translation>
    </message>
    <message>
        <source>Tokens and passwords in recorded handshake headers.</source>
        <translation>Tokens und Passwörter in aufgezeichneten Handshake-Headern.</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Subprotocols:</source>
        <translation>Subprotokolle:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation>API-Schlüssel in einem Header</translation>
    </message>
    <message>
        <source>API key in a query parameter</source>
        <translation>API-Schlüssel in einem Query-Parameter</translation>
    </message>
    <message>
        <source>Credentials added to the opening handshake. Over plain ws:// to another machine they travel unencrypted, and a warning says so.</source>
        <translation>Zugangsdaten, die dem öffnenden Handshake hinzugefügt werden. Über einfaches ws:// zu einem anderen Rechner reisen sie unverschlüsselt, und eine Warnung sagt es.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Schlüsselname:</translation>
    </message>
    <message>
        <source>Key value:</source>
        <translation>Schlüsselwert:</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates for wss://. Default: the system&apos;s only.</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate für wss://. Standard: nur die des Systems.</translation>
    </message>
    <message>
        <source>Client certificate, if the server asks for one. Default: none.</source>
        <translation>Client-Zertifikat, falls der Server eines verlangt. Standard: keines.</translation>
    </message>
    <message>
        <source>Private key of the client certificate. Default: none.</source>
        <translation>Privater Schlüssel des Client-Zertifikats. Standard: keiner.</translation>
    </message>
    <message>
        <source>Accept an invalid server certificate</source>
        <translation>Ungültiges Server-Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>For test servers with self-signed certificates; every connection logs a warning.</source>
        <translation>Für Testserver mit selbstsignierten Zertifikaten; jede Verbindung protokolliert eine Warnung.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Certificate checks are off: anyone between you and the server can read and change the traffic.</source>
        <translation>Zertifikatsprüfungen sind aus: jeder zwischen Ihnen und dem Server kann den Verkehr lesen und verändern.</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>„%1“ ist kein gültiger Subprotokollname.</translation>
    </message>
    <message>
        <source>The Origin contains a line break.</source>
        <translation>Der Origin enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token.</source>
        <translation>Bearer-Authentifizierung braucht ein Token.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user.</source>
        <translation>Basic-Authentifizierung braucht einen Benutzer.</translation>
    </message>
    <message>
        <source>A Basic authentication user may not contain &quot;:&quot;.</source>
        <translation>Ein Benutzer für Basic-Authentifizierung darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>The API key needs a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~).</source>
        <translation>Der API-Schlüssel braucht einen Headernamen (Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>The API key needs a query parameter name.</source>
        <translation>Der API-Schlüssel braucht einen Query-Parameternamen.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A client certificate and its key go together.</source>
        <translation>Ein Client-Zertifikat und sein Schlüssel gehören zusammen.</translation>
    </message>
</context>
<context>
    <name>Sockscope::CommandRecording</name>
    <message>
        <source>Record every event into this session file (docs/SESSIONS.md). A journal next to it keeps the events safe while recording; a recording cut short is recovered when the file is opened.</source>
        <translation>Jedes Ereignis in diese Sitzungsdatei aufzeichnen (docs/SESSIONS.md). Ein Journal daneben sichert die Ereignisse während der Aufzeichnung; eine abgebrochene Aufzeichnung wird beim Öffnen der Datei wiederhergestellt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Keep tokens and passwords in the recorded settings (marked in the file); left out by default.</source>
        <translation>Tokens und Passwörter in den aufgezeichneten Einstellungen behalten (in der Datei markiert); standardmäßig weggelassen.</translation>
    </message>
    <message>
        <source>Free-form notes stored in the session file.</source>
        <translation>Freie Notizen, in der Sitzungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>missing --out FILE: where to write the session</source>
        <translation>--out DATEI fehlt: wohin die Sitzung geschrieben werden soll</translation>
    </message>
    <message>
        <source>--keep-secrets and --notes need --%1 FILE</source>
        <translation>--keep-secrets und --notes brauchen --%1 DATEI</translation>
    </message>
    <message>
        <source>recording stopped: %1</source>
        <translation>Aufzeichnung angehalten: %1</translation>
    </message>
    <message>
        <source>cannot record: %1</source>
        <translation>Aufzeichnung nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot save the session: %1</source>
        <translation>Sitzung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>recorded to %1 (events: %2)</source>
        <translation>aufgezeichnet in %1 (Ereignisse: %2)</translation>
    </message>
</context>
<context>
    <name>Sockscope::Composer</name>
    <message>
        <source>Ctrl+Enter sends. Ctrl+Up and Ctrl+Down go through the messages sent before.</source>
        <translation>Strg+Eingabe sendet. Strg+Hoch und Strg+Runter gehen durch die zuvor gesendeten Nachrichten.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binär (hex)</translation>
    </message>
    <message>
        <source>Binary (base64)</source>
        <translation>Binär (Base64)</translation>
    </message>
    <message>
        <source>Send a text message, or a binary message written as hex or base64</source>
        <translation>Eine Textnachricht senden oder eine Binärnachricht, als Hex oder Base64 geschrieben</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Every MCP method, JSON-RPC shapes and plain-JSON tool messages</source>
        <translation>Jede MCP-Methode, JSON-RPC-Formen und Werkzeugnachrichten in einfachem JSON</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Messages saved under a name, shared by every connection</source>
        <translation>Unter einem Namen gespeicherte Nachrichten, für alle Verbindungen</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <source>Indent the JSON, keeping key order and numbers as written</source>
        <translation>JSON einrücken; Reihenfolge der Schlüssel und Zahlen bleiben wie geschrieben</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Put the JSON on one line</source>
        <translation>JSON in eine Zeile bringen</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Die Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save Current Message As…</source>
        <translation>Aktuelle Nachricht speichern unter …</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Variables: {{uuid}}, {{now}}, {{nextId}} (next: %1). Ctrl+Enter sends; Ctrl+Up/Down: history.</source>
        <translation>Variablen: {{uuid}}, {{now}}, {{nextId}} (nächste: %1). Strg+Eingabe sendet; Strg+↑/↓: Verlauf.</translation>
    </message>
    <message>
        <source>Bytes as %1. Ctrl+Enter sends; Ctrl+Up/Down: history.</source>
        <translation>Bytes als %1. Strg+Eingabe sendet; Strg+↑/↓: Verlauf.</translation>
    </message>
    <message>
        <source>hex, for example 01 ab ff</source>
        <translation>Hex, zum Beispiel 01 ab ff</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>Base64</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s). Ctrl+Enter sends; Ctrl+Up/Down: history.</source>
        <translation>
            <numerusform>%n Byte. Strg+Eingabe sendet; Strg+↑/↓: Verlauf.</numerusform>
            <numerusform>%n Bytes. Strg+Eingabe sendet; Strg+↑/↓: Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 Unknown variables left as written: %2.</source>
        <translation>%1 Unbekannte Variablen blieben wie geschrieben: %2.</translation>
    </message>
    <message>
        <source>Only valid JSON can be reformatted.</source>
        <translation>Nur gültiges JSON kann neu formatiert werden.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1. It can still be sent.</source>
        <translation>%1. Es kann trotzdem gesendet werden.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop sending (Esc)</source>
        <translation>Senden anhalten (Esc)</translation>
    </message>
    <message>
        <source>Not sent: a job is sending; stop it first (Esc).</source>
        <translation>Nicht gesendet: ein Auftrag sendet gerade; zuerst anhalten (Esc).</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectCommand</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>ws:// or wss:// URL to connect to.</source>
        <translation>ws://- oder wss://-URL, mit der verbunden wird.</translation>
    </message>
    <message>
        <source>Send this message once connected (repeatable, in order).</source>
        <translation>Diese Nachricht nach dem Verbinden senden (mehrfach möglich, der Reihe nach).</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Also send the lines of standard input when --send is given.</source>
        <translation>Auch die Zeilen der Standardeingabe senden, wenn --send angegeben ist.</translation>
    </message>
    <message>
        <source>Send messages as binary frames instead of text.</source>
        <translation>Nachrichten als Binär-Frames statt als Text senden.</translation>
    </message>
    <message>
        <source>Messages to send are base64; send the decoded bytes as binary frames.</source>
        <translation>Zu sendende Nachrichten sind Base64; die dekodierten Bytes als Binär-Frames senden.</translation>
    </message>
    <message>
        <source>Exit 0 after N incoming text or binary messages.</source>
        <translation>Nach N eingehenden Text- oder Binärnachrichten mit 0 beenden.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Stop after S seconds (exit 8 if --count was not reached).</source>
        <translation>Nach S Sekunden aufhören (Exit-Code 8, wenn --count nicht erreicht wurde).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Print a final line with the connection&apos;s statistics.</source>
        <translation>Zum Schluss eine Zeile mit der Statistik der Verbindung ausgeben.</translation>
    </message>
    <message>
        <source>missing the URL</source>
        <translation>die URL fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--count needs a positive whole number</source>
        <translation>--count braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>not valid base64, not sent: &quot;%1&quot;</source>
        <translation>kein gültiges Base64, nicht gesendet: „%1“</translation>
    </message>
    <message>
        <source>Record a session: connect to a WebSocket server, print every event as one JSON line on standard
output, and save every event with the connection&apos;s settings in the session file --out
(docs/SESSIONS.md), ready for &apos;sockscope replay&apos;. Everything else works as in &apos;sockscope connect&apos;.

</source>
        <translation>Eine Sitzung aufzeichnen: mit einem WebSocket-Server verbinden, jedes Ereignis als eine JSON-Zeile auf
der Standardausgabe ausgeben und jedes Ereignis mit den Einstellungen der Verbindung in der
Sitzungsdatei --out speichern (docs/SESSIONS.md), bereit für ‚sockscope replay‘. Alles andere wie bei
‚sockscope connect‘.

</translation>
    </message>
    <message>
        <source>Print only errors, warnings, refusals, backpressure and the --stats line, not every event.</source>
        <translation>Nur Fehler, Warnungen, Ablehnungen, Rückstau und die --stats-Zeile ausgeben, nicht jedes Ereignis.</translation>
    </message>
    <message>
        <source>Send every incoming text or binary message back unchanged, in the same frame type.</source>
        <translation>Jede eingehende Text- oder Binärnachricht unverändert zurückschicken, mit demselben Frame-Typ.</translation>
    </message>
    <message>
        <source>Connect to a WebSocket server and print every event as one JSON line on standard output.
Messages to send come from --send (in order, once the connection opens) and, when no --send
or --echo is given or with --stdin, from the lines of standard input. End of input closes the
connection normally unless --count or --timeout says how long to stay. --echo sends every
incoming message back and stays until the server closes, --count or --timeout.
</source>
        <translation>Mit einem WebSocket-Server verbinden und jedes Ereignis als eine JSON-Zeile auf der Standardausgabe ausgeben.
Zu sendende Nachrichten kommen aus --send (der Reihe nach, sobald die Verbindung offen ist) und, wenn weder
--send noch --echo angegeben ist oder mit --stdin, aus den Zeilen der Standardeingabe. Das Ende der Eingabe
schließt die Verbindung normal, sofern nicht --count oder --timeout sagen, wie lange sie bleiben soll. --echo
schickt jede eingehende Nachricht zurück und bleibt, bis der Server schließt oder --count bzw. --timeout endet.
</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionBar</name>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>MCP offers the subprotocol &quot;mcp&quot; when no other subprotocol is set</source>
        <translation>MCP bietet das Subprotokoll „mcp“ an, wenn kein anderes eingestellt ist</translation>
    </message>
    <message>
        <source>ws:// or wss:// URL to connect to; recent URLs are in the list</source>
        <translation>ws://- oder wss://-URL, zu der verbunden wird; zuletzt benutzte URLs stehen in der Liste</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>IP address to listen on; 127.0.0.1 is reachable from this machine only, 0.0.0.0 from others too</source>
        <translation>IP-Adresse, auf der gelauscht wird; 127.0.0.1 ist nur von diesem Rechner erreichbar, 0.0.0.0 auch von anderen</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebig frei</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien</translation>
    </message>
    <message>
        <source>Every server setting: TLS, origins, token, subprotocols, heartbeat, limits</source>
        <translation>Alle Server-Einstellungen: TLS, Origins, Token, Subprotokolle, Heartbeat, Grenzen</translation>
    </message>
    <message>
        <source>Every connection setting: headers, subprotocols, auth, TLS, heartbeat, reconnect, limits</source>
        <translation>Alle Verbindungseinstellungen: Header, Subprotokolle, Authentifizierung, TLS, Heartbeat, Neuverbindung, Grenzen</translation>
    </message>
    <message>
        <source>How long the connection has been open</source>
        <translation>Wie lange die Verbindung schon offen ist</translation>
    </message>
    <message>
        <source>idle</source>
        <comment>connection state</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Not a ws:// or wss:// URL with a host</source>
        <translation>Keine ws://- oder wss://-URL mit einem Host</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop listening and close every peer (F5)</source>
        <translation>Nicht mehr lauschen und jede Gegenstelle schließen (F5)</translation>
    </message>
    <message>
        <source>Start listening (F5)</source>
        <translation>Lauschen beginnen (F5)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Close the connection and stop reconnecting (F5)</source>
        <translation>Die Verbindung schließen und nicht neu verbinden (F5)</translation>
    </message>
    <message>
        <source>Connect to the URL (F5)</source>
        <translation>Zur URL verbinden (F5)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionDocument</name>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Recording to %1.</source>
        <translation>Aufzeichnung nach %1.</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Aufzeichnung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 aufgezeichnet.</numerusform>
            <numerusform>%n Ereignisse nach %1 aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>Die Aufzeichnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Record Session</source>
        <translation>Sitzung aufzeichnen</translation>
    </message>
    <message>
        <source>Sockscope sessions (*.sockscope);;All files (*)</source>
        <translation>Sockscope-Sitzungen (*.sockscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n event(s) so far. Click to finish the file.</source>
        <translation>
            <numerusform>Aufzeichnung nach %1: bisher %n Ereignis. Klicken, um die Datei abzuschließen.</numerusform>
            <numerusform>Aufzeichnung nach %1: bisher %n Ereignisse. Klicken, um die Datei abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record every event of this connection to a session file</source>
        <translation>Jedes Ereignis dieser Verbindung in eine Sitzungsdatei aufzeichnen</translation>
    </message>
    <message>
        <source>There is no connection to send on.</source>
        <translation>Es gibt keine Verbindung, auf der gesendet werden kann.</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Frame #%1 is in the composer.</source>
        <translation>Frame #%1 steht im Editor.</translation>
    </message>
</context>
<context>
    <name>Sockscope::DetailPane</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sent in</source>
        <translation>Gesendet in</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Select a frame to see it here.</source>
        <translation>Einen Frame auswählen, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>
… %1 more not shown</source>
        <translation>
… %1 weitere nicht angezeigt</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>Gegenstelle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 frames</source>
        <translation>in %1 Frames</translation>
    </message>
    <message>
        <source>Round trip %1</source>
        <translation>Umlaufzeit %1</translation>
    </message>
    <message>
        <source>Close code &lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>Close-Code &lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>The close frame carried no code.</source>
        <translation>Der Close-Frame enthielt keinen Code.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>, id %1</source>
        <translation>, ID %1</translation>
    </message>
    <message>
        <source>error %1 %2 (%3): %4</source>
        <translation>Fehler %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the batch</source>
        <translation>
            <numerusform>%n Nachricht im Batch</numerusform>
            <numerusform>%n Nachrichten im Batch</numerusform>
        </translation>
    </message>
    <message>
        <source>answered by #%1 after %2</source>
        <translation>beantwortet von #%1 nach %2</translation>
    </message>
    <message>
        <source>answers request #%1 after %2</source>
        <translation>beantwortet Anfrage #%1 nach %2</translation>
    </message>
    <message>
        <source>Go to response</source>
        <translation>Zur Antwort</translation>
    </message>
    <message>
        <source>Go to request</source>
        <translation>Zur Anfrage</translation>
    </message>
    <message>
        <source>(no longer stored)</source>
        <translation>(nicht mehr gespeichert)</translation>
    </message>
    <message>
        <source>late answer, %1 after its request</source>
        <translation>späte Antwort, %1 nach ihrer Anfrage</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>Sockscope::EventPrinter</name>
    <message>
        <source>Print at most BYTES of each payload (the line then says &quot;truncated&quot;: true; &quot;size&quot; is the full size). Messages are never cut. 0 = whole payloads (the default).</source>
        <translation>Von den Nutzdaten jeder Nachricht höchstens BYTES ausgeben (die Zeile sagt dann &quot;truncated&quot;: true; &quot;size&quot; ist die volle Größe). Die Nachrichten selbst werden nie gekürzt. 0 = ganze Nutzdaten (Standard).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>Sockscope::FileEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>Sockscope::FramesFilterBar</name>
    <message>
        <source>Filter frames (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show only frames whose message (or, for connection events, description) contains this text</source>
        <translation>Nur Frames zeigen, deren Nachricht (oder, bei Verbindungsereignissen, Beschreibung) diesen Text enthält</translation>
    </message>
    <message>
        <source>Treat the text as a regular expression</source>
        <translation>Den Text als regulären Ausdruck behandeln</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>Groß- und Kleinschreibung genau beachten</translation>
    </message>
    <message>
        <source>Which kinds of events to show</source>
        <translation>Welche Arten von Ereignissen gezeigt werden</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Messages Only</source>
        <translation>Nur Nachrichten</translation>
    </message>
    <message>
        <source>Show received frames</source>
        <translation>Empfangene Frames zeigen</translation>
    </message>
    <message>
        <source>Show sent frames</source>
        <translation>Gesendete Frames zeigen</translation>
    </message>
    <message>
        <source>Show what happened here: state changes, errors, reconnects</source>
        <translation>Zeigen, was hier geschah: Zustandswechsel, Fehler, Neuverbindungen</translation>
    </message>
    <message>
        <source>Show only requests of this JSON-RPC method, and their responses</source>
        <translation>Nur Anfragen dieser JSON-RPC-Methode und ihre Antworten zeigen</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Show only the frames of one peer</source>
        <translation>Nur die Frames einer Gegenstelle zeigen</translation>
    </message>
    <message>
        <source>Any peer</source>
        <translation>Jede Gegenstelle</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Errors, warnings, JSON-RPC errors, abnormal closes, refused peers and missed heartbeats</source>
        <translation>Fehler, Warnungen, JSON-RPC-Fehler, unnormale Schließungen, abgewiesene Gegenstellen und verpasste Heartbeats</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Jeden Filter entfernen</translation>
    </message>
    <message>
        <source>Peer %1</source>
        <translation>Gegenstelle %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>%1 of %2 kinds</source>
        <translation>%1 von %2 Arten</translation>
    </message>
</context>
<context>
    <name>Sockscope::FramesModel</name>
    <message numerus="yes">
        <source>batch of %n</source>
        <translation>
            <numerusform>Batch aus %n</numerusform>
            <numerusform>Batch aus %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Δt</source>
        <translation>Δt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>JSON-RPC id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>Sockscope::FramesPanel</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Hold new rows back (they are still recorded) so the table stands still</source>
        <translation>Neue Zeilen zurückhalten (sie werden weiter aufgezeichnet), damit die Tabelle still steht</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest row in view while the table is scrolled to the bottom</source>
        <translation>Die neueste Zeile im Blick behalten, solange die Tabelle ganz nach unten gescrollt ist</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every recorded frame of this connection</source>
        <translation>Jeden aufgezeichneten Frame dieser Verbindung vergessen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the selected frames as JSON lines</source>
        <translation>Die ausgewählten Frames als JSON-Zeilen speichern</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>Obergrenze %1</translation>
    </message>
    <message>
        <source>%1 oldest evicted</source>
        <translation>%1 älteste verdrängt</translation>
    </message>
    <message>
        <source>paused, %1 new held back</source>
        <translation>angehalten, %1 neue zurückgehalten</translation>
    </message>
    <message>
        <source>filtered in %1 ms</source>
        <translation>in %1 ms gefiltert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Select the frames to export first.</source>
        <translation>Zuerst die zu exportierenden Frames auswählen.</translation>
    </message>
    <message>
        <source>Export Frames</source>
        <translation>Frames exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1.</source>
        <translation>
            <numerusform>%n Frame nach %1 exportiert.</numerusform>
            <numerusform>%n Frames nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This frame has no paired request or response.</source>
        <translation>Dieser Frame hat keine zugeordnete Anfrage oder Antwort.</translation>
    </message>
    <message>
        <source>Frame #%1 is no longer stored.</source>
        <translation>Frame #%1 ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Frame #%1 is hidden by the filter.</source>
        <translation>Frame #%1 ist vom Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Auswahl exportieren …</translation>
    </message>
    <message>
        <source>Go to Response</source>
        <translation>Zur Antwort</translation>
    </message>
    <message>
        <source>Go to Request</source>
        <translation>Zur Anfrage</translation>
    </message>
    <message>
        <source>Show Only Method %1</source>
        <translation>Nur Methode %1 zeigen</translation>
    </message>
    <message>
        <source>Show Only Peer %1</source>
        <translation>Nur Gegenstelle %1 zeigen</translation>
    </message>
    <message>
        <source>Show All Frames</source>
        <translation>Alle Frames zeigen</translation>
    </message>
    <message>
        <source>Copy to Composer</source>
        <translation>In den Editor kopieren</translation>
    </message>
    <message>
        <source>Put this message in the composer, to edit and send it</source>
        <translation>Diese Nachricht in den Editor übernehmen, um sie zu bearbeiten und zu senden</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the same message again, as the same frame type, to peer %1</source>
        <translation>Dieselbe Nachricht mit demselben Frame-Typ erneut an Gegenstelle %1 senden</translation>
    </message>
    <message>
        <source>Send the same message again, as the same frame type, on this connection</source>
        <translation>Dieselbe Nachricht mit demselben Frame-Typ erneut auf dieser Verbindung senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln frame(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Frame angezeigt</numerusform>
            <numerusform>%1 von %Ln Frames angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln frame(s)</source>
        <translation>
            <numerusform>%Ln Frame</numerusform>
            <numerusform>%Ln Frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::HeadersEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>„%1“ ist kein gültiger Headername (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>The value of header %1 contains a line break.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>Sockscope::HeartbeatSettingsWidget</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>RFC 6455 ping</source>
        <translation>RFC-6455-Ping</translation>
    </message>
    <message>
        <source>MCP ping request</source>
        <translation>MCP-Ping-Anfrage</translation>
    </message>
    <message>
        <source>Application message</source>
        <translation>Anwendungsnachricht</translation>
    </message>
    <message>
        <source>How to check that the peer is still there.</source>
        <translation>Wie geprüft wird, ob die Gegenseite noch da ist.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Time between two heartbeats.</source>
        <translation>Zeit zwischen zwei Heartbeats.</translation>
    </message>
    <message>
        <source>A heartbeat unanswered this long is missed.</source>
        <translation>Ein so lange unbeantworteter Heartbeat gilt als verpasst.</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Protokollieren</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>Die Verbindung schließen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>What a missed heartbeat does.</source>
        <translation>Was ein verpasster Heartbeat auslöst.</translation>
    </message>
    <message>
        <source>The application heartbeat message.</source>
        <translation>Die Heartbeat-Nachricht der Anwendung.</translation>
    </message>
    <message>
        <source>The answer expected to the application heartbeat.</source>
        <translation>Die erwartete Antwort auf den Anwendungs-Heartbeat.</translation>
    </message>
    <message>
        <source>Send and expect them as binary messages</source>
        <translation>Als Binärnachrichten senden und erwarten</translation>
    </message>
    <message>
        <source>Application heartbeats as binary instead of text messages.</source>
        <translation>Anwendungs-Heartbeats als Binär- statt als Textnachrichten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Answer the peer&apos;s application ping with the pong</source>
        <translation>Den Anwendungs-Ping der Gegenseite mit dem Pong beantworten</translation>
    </message>
    <message>
        <source>Whatever the heartbeat kind, answer an incoming application ping.</source>
        <translation>Unabhängig von der Heartbeat-Art einen eingehenden Anwendungs-Ping beantworten.</translation>
    </message>
    <message>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>When missed:</source>
        <translation>Wenn verpasst:</translation>
    </message>
    <message>
        <source>Application ping:</source>
        <translation>Anwendungs-Ping:</translation>
    </message>
    <message>
        <source>Application pong:</source>
        <translation>Anwendungs-Pong:</translation>
    </message>
    <message>
        <source>The application heartbeat needs a ping message.</source>
        <translation>Der Anwendungs-Heartbeat braucht eine Ping-Nachricht.</translation>
    </message>
    <message>
        <source>The application heartbeat needs a pong message.</source>
        <translation>Der Anwendungs-Heartbeat braucht eine Pong-Nachricht.</translation>
    </message>
</context>
<context>
    <name>Sockscope::HelpDialog</name>
    <message>
        <source>Sockscope Guide</source>
        <translation>Sockscope-Anleitung</translation>
    </message>
    <message>
        <source>The guide is missing from this build. See the docs folder of the source.</source>
        <translation>Die Anleitung fehlt in diesem Build. Siehe den Ordner docs der Quellen.</translation>
    </message>
</context>
<context>
    <name>Sockscope::KickDialog</name>
    <message>
        <source>Close Peer %1</source>
        <translation>Gegenstelle %1 schließen</translation>
    </message>
    <message>
        <source>1000-1014 as RFC 6455 defines them, 3000-3999 registered, 4000-4999 private. Default: 1000.</source>
        <translation>1000–1014 wie in RFC 6455 definiert, 3000–3999 registriert, 4000–4999 privat. Standard: 1000.</translation>
    </message>
    <message>
        <source>optional, at most 123 bytes</source>
        <translation>optional, höchstens 123 Bytes</translation>
    </message>
    <message>
        <source>Close Peer</source>
        <translation>Gegenstelle schließen</translation>
    </message>
    <message>
        <source>Close code:</source>
        <translation>Close-Code:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 may not be sent in a close frame.</source>
        <translation>%1 darf nicht in einem Close-Frame gesendet werden.</translation>
    </message>
    <message>
        <source>The reason is %1 bytes long; a close frame holds at most %2.</source>
        <translation>Der Grund ist %1 Bytes lang; ein Close-Frame fasst höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Sockscope::LimitSettingsWidget</name>
    <message>
        <source>Refuse the new message</source>
        <translation>Die neue Nachricht ablehnen</translation>
    </message>
    <message>
        <source>Drop the oldest queued messages</source>
        <translation>Die ältesten wartenden Nachrichten verwerfen</translation>
    </message>
    <message>
        <source>Close the connection (1008)</source>
        <translation>Die Verbindung schließen (1008)</translation>
    </message>
    <message>
        <source>What a full send queue does with the next message; it is always reported.</source>
        <translation>Was eine volle Sendewarteschlange mit der nächsten Nachricht macht; es wird immer gemeldet.</translation>
    </message>
    <message>
        <source>When the queue is full:</source>
        <translation>Wenn die Warteschlange voll ist:</translation>
    </message>
    <message>
        <source>Wait: pause sending, stop reading answered peers</source>
        <translation>Warten: Senden anhalten, beantwortete Gegenstellen nicht lesen</translation>
    </message>
</context>
<context>
    <name>Sockscope::MainWindow</name>
    <message>
        <source>Sockscope</source>
        <translation>Sockscope</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sockscope</source>
        <translation>&amp;Über Sockscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Messages per second received and sent, over every connection</source>
        <translation>Empfangene und gesendete Nachrichten pro Sekunde über alle Verbindungen</translation>
    </message>
    <message>
        <source>New &amp;Client</source>
        <translation>Neuer &amp;Client</translation>
    </message>
    <message>
        <source>New &amp;Server</source>
        <translation>Neuer &amp;Server</translation>
    </message>
    <message>
        <source>&amp;Recent URLs</source>
        <translation>&amp;Zuletzt benutzte URLs</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Filter Frames</source>
        <translation>Frames &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Export Selected Frames…</source>
        <translation>Ausgewählte Frames &amp;exportieren …</translation>
    </message>
    <message>
        <source>C&amp;lear Frames</source>
        <translation>Frames &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pause Frames</source>
        <translation>Frames an&amp;halten</translation>
    </message>
    <message>
        <source>Follow &amp;Newest Frame</source>
        <translation>Dem &amp;neuesten Frame folgen</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <source>&amp;Stats</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Sen&amp;d Message</source>
        <translation>Nachricht sen&amp;den</translation>
    </message>
    <message>
        <source>Send the composer&apos;s message (Ctrl+Enter in the composer)</source>
        <translation>Die Nachricht im Editor senden (Strg+Eingabe im Editor)</translation>
    </message>
    <message>
        <source>&amp;Go to Request or Response</source>
        <translation>&amp;Zur Anfrage oder Antwort</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Server s&amp;toppen</translation>
    </message>
    <message>
        <source>S&amp;tart Server</source>
        <translation>Server s&amp;tarten</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Clear Recent URLs</source>
        <translation>Zuletzt benutzte URLs leeren</translation>
    </message>
    <message numerus="yes">
        <source>↓ %1  ↑ %2  ·  %n open</source>
        <translation>
            <numerusform>↓ %1  ↑ %2  ·  %n offen</numerusform>
            <numerusform>↓ %1  ↑ %2  ·  %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;MCP Client</source>
        <translation>Neuer &amp;MCP-Client</translation>
    </message>
    <message>
        <source>&amp;MCP Panel</source>
        <translation>&amp;MCP-Bereich</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Sockscope sessions (*.sockscope);;All files (*)</source>
        <translation>Sockscope-Sitzungen (*.sockscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>&amp;Record Session…</source>
        <translation>Sitzung &amp;aufzeichnen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sockscope &amp;Guide</source>
        <translation>Sockscope-&amp;Anleitung</translation>
    </message>
    <message>
        <source>Stop &amp;Recording</source>
        <translation>&amp;Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Recovered Session</source>
        <translation>Sitzung wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n event(s).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Ereignis.</numerusform>
            <numerusform>%1 geöffnet: %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert.</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) had been dropped from the frames and are not in the file.</source>
        <translation>
            <numerusform>%n älteres Ereignis war bereits aus den Frames verworfen und fehlt in der Datei.</numerusform>
            <numerusform>%n ältere Ereignisse waren bereits aus den Frames verworfen und fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Moc&amp;k Server</source>
        <translation>Neuer Moc&amp;k-Server</translation>
    </message>
    <message>
        <source>A mock MCP server answering from a configuration, with faults on purpose</source>
        <translation>Ein Mock-MCP-Server, der aus einer Konfiguration antwortet, mit gewollten Störungen</translation>
    </message>
    <message>
        <source>Re&amp;play Session…</source>
        <translation>Sitzung abs&amp;pielen …</translation>
    </message>
    <message>
        <source>Replay Session</source>
        <translation>Sitzung abspielen</translation>
    </message>
    <message>
        <source>Send a recorded conversation again and compare the answers with the recording</source>
        <translation>Ein aufgezeichnetes Gespräch erneut senden und die Antworten mit der Aufzeichnung vergleichen</translation>
    </message>
    <message>
        <source>%1: nothing to replay: the session holds no messages.</source>
        <translation>%1: nichts abzuspielen: Die Sitzung enthält keine Nachrichten.</translation>
    </message>
    <message>
        <source>Recent Sess&amp;ions</source>
        <translation>Zuletzt benutzte S&amp;itzungen</translation>
    </message>
    <message>
        <source>Clear Recent Sessions</source>
        <translation>Zuletzt benutzte Sitzungen leeren</translation>
    </message>
    <message>
        <source>More is waiting to be sent than the send queue&apos;s mark: what Sockscope sends from is paused, and it goes on once the peer has read enough (Settings &gt; Limits)</source>
        <translation>Mehr wartet auf das Senden, als die Marke der Sendewarteschlange erlaubt: woraus Sockscope sendet, hält an und geht weiter, sobald die Gegenstelle genug gelesen hat (Einstellungen &gt; Grenzen)</translation>
    </message>
    <message>
        <source>waiting for the socket: %1 unsent</source>
        <translation>warte auf den Socket: %1 ungesendet</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpArgumentsEditor</name>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Edit the arguments as a JSON object instead of the form</source>
        <translation>Die Argumente als JSON-Objekt statt im Formular bearbeiten</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object.</source>
        <translation>Die Argumente müssen ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpCatalogModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpCatalogView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the list again (Ctrl+R)</source>
        <translation>Die Liste neu lesen (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::McpClientSession</name>
    <message>
        <source>ignored a binary message of %1 bytes: MCP messages are text</source>
        <translation>eine Binärnachricht mit %1 Bytes ignoriert: MCP-Nachrichten sind Text</translation>
    </message>
    <message>
        <source>initialize could not be sent</source>
        <translation>initialize konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>the connection closed before the server answered %1</source>
        <translation>die Verbindung wurde geschlossen, bevor der Server auf %1 antwortete</translation>
    </message>
    <message>
        <source>the connection closed before the server answered initialize</source>
        <translation>die Verbindung wurde geschlossen, bevor der Server auf initialize antwortete</translation>
    </message>
    <message>
        <source>the session could not be initialised: %1</source>
        <translation>die Sitzung konnte nicht initialisiert werden: %1</translation>
    </message>
    <message>
        <source>the connection ended before the session was ready</source>
        <translation>die Verbindung endete, bevor die Sitzung bereit war</translation>
    </message>
    <message>
        <source>the server did not answer initialize within %1 ms</source>
        <translation>der Server hat initialize nicht innerhalb von %1 ms beantwortet</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation>keine Antwort auf %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung existiert nicht mehr</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>%1 could not be sent (see the connection&apos;s error event)</source>
        <translation>%1 konnte nicht gesendet werden (siehe das Fehlerereignis der Verbindung)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>received a JSON-RPC batch of %1 messages, which protocol version %2 does not allow</source>
        <translation>einen JSON-RPC-Batch mit %1 Nachrichten empfangen, den die Protokollversion %2 nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid JSON-RPC message: %1</source>
        <translation>ungültige JSON-RPC-Nachricht: %1</translation>
    </message>
    <message>
        <source>the answer to initialize is not valid JSON-RPC: %1</source>
        <translation>die Antwort auf initialize ist kein gültiges JSON-RPC: %1</translation>
    </message>
    <message>
        <source>the answer is not valid JSON-RPC: %1</source>
        <translation>die Antwort ist kein gültiges JSON-RPC: %1</translation>
    </message>
    <message>
        <source>the result is %1, not an object</source>
        <translation>das Ergebnis ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>%1: the server sent the cursor &quot;%2&quot; again; stopped after %3 pages</source>
        <translation>%1: der Server hat den Cursor „%2“ erneut gesendet; nach %3 Seiten angehalten</translation>
    </message>
    <message>
        <source>%1: stopped at the page limit (%2 pages); there are more</source>
        <translation>%1: an der Seitengrenze (%2 Seiten) angehalten; es gibt weitere</translation>
    </message>
    <message>
        <source>the initialize result is %1, not an object</source>
        <translation>das Ergebnis von initialize ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>the initialize result names no protocolVersion</source>
        <translation>das Ergebnis von initialize nennt keine protocolVersion</translation>
    </message>
    <message>
        <source>the server answered protocol version %1, which Sockscope does not know (it asked for %2)</source>
        <translation>der Server hat mit der Protokollversion %1 geantwortet, die Sockscope nicht kennt (angefragt war %2)</translation>
    </message>
    <message>
        <source>the server answered protocol version %1 instead of %2</source>
        <translation>der Server hat mit der Protokollversion %1 statt %2 geantwortet</translation>
    </message>
    <message>
        <source>asked for protocol version %1, the server chose %2: continuing with %2</source>
        <translation>Protokollversion %1 angefragt, der Server wählte %2: es geht mit %2 weiter</translation>
    </message>
    <message>
        <source>the initialize result lacks serverInfo or capabilities</source>
        <translation>dem Ergebnis von initialize fehlen serverInfo oder capabilities</translation>
    </message>
    <message>
        <source>initialised again after a reconnect (%1, protocol %2, initialisation number %3)</source>
        <translation>nach dem erneuten Verbinden wieder initialisiert (%1, Protokoll %2, Initialisierung Nummer %3)</translation>
    </message>
    <message>
        <source>initialised with %1 (protocol %2)</source>
        <translation>mit %1 initialisiert (Protokoll %2)</translation>
    </message>
    <message>
        <source>the server answered initialize with JSON-RPC error %1 (%2): %3%4</source>
        <translation>der Server hat initialize mit dem JSON-RPC-Fehler %1 (%2) beantwortet: %3%4</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpCommand</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>ws:// or wss:// URL of the MCP server.</source>
        <translation>ws://- oder wss://-URL des MCP-Servers.</translation>
    </message>
    <message>
        <source>The MCP method to call (not with --script).</source>
        <translation>Die aufzurufende MCP-Methode (nicht mit --script).</translation>
    </message>
    <message>
        <source>[method]</source>
        <translation>[Methode]</translation>
    </message>
    <message>
        <source>The tool or prompt name, or the resource URI.</source>
        <translation>Der Name des Tools oder Prompts oder die URI der Ressource.</translation>
    </message>
    <message>
        <source>[target]</source>
        <translation>[Ziel]</translation>
    </message>
    <message>
        <source>An argument KEY=VALUE for the tool, prompt or method (repeatable).</source>
        <translation>Ein Argument SCHLÜSSEL=WERT für das Tool, den Prompt oder die Methode (mehrfach möglich).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>Schlüssel=Wert</translation>
    </message>
    <message>
        <source>The arguments as one JSON object (--arg values override its keys).</source>
        <translation>Die Argumente als ein JSON-Objekt (Werte aus --arg überschreiben seine Schlüssel).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The request&apos;s params as one JSON object, sent as given (no target, no --arg).</source>
        <translation>Die Parameter der Anfrage als ein JSON-Objekt, unverändert gesendet (kein Ziel, kein --arg).</translation>
    </message>
    <message>
        <source>Run the calls in FILE, in order (see docs/MCP.md for the format).</source>
        <translation>Die Aufrufe in DATEI der Reihe nach ausführen (Format siehe docs/MCP.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>With --script, run every call even after one fails.</source>
        <translation>Mit --script alle Aufrufe ausführen, auch wenn einer fehlschlägt.</translation>
    </message>
    <message>
        <source>Print each result on one line instead of pretty-printed.</source>
        <translation>Jedes Ergebnis in einer Zeile statt formatiert ausgeben.</translation>
    </message>
    <message>
        <source>Print every connection and session event as a JSON line on standard error.</source>
        <translation>Jedes Verbindungs- und Sitzungsereignis als JSON-Zeile auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Print the JSON-RPC statistics (per-method counts and latency) on standard error at the end.</source>
        <translation>Am Ende die JSON-RPC-Statistik (Anzahl und Latenz je Methode) auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Offer no subprotocol (the default offer is &quot;mcp&quot;).</source>
        <translation>Kein Subprotokoll anbieten (standardmäßig wird „mcp“ angeboten).</translation>
    </message>
    <message>
        <source>missing the URL</source>
        <translation>die URL fehlt</translation>
    </message>
    <message>
        <source>--script and a method on the command line do not go together</source>
        <translation>--script und eine Methode auf der Kommandozeile passen nicht zusammen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing the method, for example tools/list</source>
        <translation>die Methode fehlt, zum Beispiel tools/list</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--params-json needs a JSON object</source>
        <translation>--params-json braucht ein JSON-Objekt</translation>
    </message>
    <message>
        <source>--params-json gives all the params: no target, --arg or --args-json with it</source>
        <translation>--params-json gibt alle Parameter vor: kein Ziel, --arg oder --args-json dazu</translation>
    </message>
    <message>
        <source>--args-json needs a JSON object</source>
        <translation>--args-json braucht ein JSON-Objekt</translation>
    </message>
    <message>
        <source>--arg needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--arg braucht SCHLÜSSEL=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>--no-subprotocol and --subprotocol do not go together</source>
        <translation>--no-subprotocol und --subprotocol passen nicht zusammen</translation>
    </message>
    <message>
        <source>initialize failed: %1</source>
        <translation>initialize fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the tool reported an error: %1</source>
        <translation>das Tool meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>%1: stopped at the page limit; the result ends with the next cursor</source>
        <translation>%1: an der Seitengrenze angehalten; das Ergebnis endet mit dem nächsten Cursor</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>the script %1: %2</source>
        <translation>das Skript %1: %2</translation>
    </message>
    <message>
        <source>Print each server notification as a JSON line {&quot;notification&quot;, &quot;params&quot;} on standard output instead of a line for people on standard error.</source>
        <translation>Jede Benachrichtigung des Servers als JSON-Zeile {&quot;notification&quot;, &quot;params&quot;} auf der Standardausgabe ausgeben statt als lesbare Zeile auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>notification %1: %2</source>
        <translation>Benachrichtigung %1: %2</translation>
    </message>
    <message>
        <source>A headless MCP client over WebSocket: connects, initialises, runs one call (or a --script of
calls) and prints each result as JSON on standard output. Methods:
  tools/list | resources/list | resources/templates/list | prompts/list   (all pages)
  tools/call NAME [--arg k=v ...] [--args-json &apos;{...}&apos;]
  prompts/get NAME [--arg k=v ...]
  resources/read URI | resources/subscribe URI | resources/unsubscribe URI
  logging/setLevel LEVEL | completion/complete prompt:NAME|resource:URI --arg name=value
  ping, or any other method with --arg k=v or --params-json &apos;{...}&apos; as its params
--arg values are JSON when they parse as JSON (5, true, &quot;x&quot;, {...}), else strings.
The connection offers the subprotocol &quot;mcp&quot; unless --subprotocol or --no-subprotocol says otherwise.
</source>
        <translation>Ein MCP-Client ohne Oberfläche über WebSocket: verbindet, initialisiert, führt einen Aufruf (oder ein
--script mit Aufrufen) aus und gibt jedes Ergebnis als JSON auf der Standardausgabe aus. Methoden:
  tools/list | resources/list | resources/templates/list | prompts/list   (alle Seiten)
  tools/call NAME [--arg k=v ...] [--args-json &apos;{...}&apos;]
  prompts/get NAME [--arg k=v ...]
  resources/read URI | resources/subscribe URI | resources/unsubscribe URI
  logging/setLevel STUFE | completion/complete prompt:NAME|resource:URI --arg name=wert
  ping oder jede andere Methode mit --arg k=v oder --params-json &apos;{...}&apos; als Parametern
Werte von --arg sind JSON, wenn sie sich als JSON lesen lassen (5, true, &quot;x&quot;, {...}), sonst Zeichenketten.
Die Verbindung bietet das Subprotokoll &quot;mcp&quot; an, sofern --subprotocol oder --no-subprotocol nichts anderes sagen.
</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpNotificationList</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(Vorgabe des Servers)</translation>
    </message>
    <message>
        <source>Ask the server to send log messages of this level and above (logging/setLevel)</source>
        <translation>Den Server bitten, Log-Meldungen ab dieser Stufe zu senden (logging/setLevel)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The tools changed; the list is read again.</source>
        <translation>Die Tools haben sich geändert; die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <source>The resources changed; the list is read again.</source>
        <translation>Die Ressourcen haben sich geändert; die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <source>The prompts changed; the list is read again.</source>
        <translation>Die Prompts haben sich geändert; die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <source>Resource updated: %1</source>
        <translation>Ressource aktualisiert: %1</translation>
    </message>
    <message>
        <source>The server cancelled request %1: %2</source>
        <translation>Der Server hat Anfrage %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Log-Stufe:</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source>logging/setLevel %1 failed: %2</source>
        <translation>logging/setLevel %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server logs at level %1 and above.</source>
        <translation>Der Server protokolliert ab Stufe %1.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>initialize failed: %1</source>
        <translation>initialize fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Initialised again after a reconnect (%1 times).</source>
        <translation>Nach einem erneuten Verbinden wieder initialisiert (%1-mal).</translation>
    </message>
    <message>
        <source>Connect to start an MCP session.</source>
        <translation>Verbinden, um eine MCP-Sitzung zu starten.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpPromptsPage</name>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Get Prompt</source>
        <translation>Prompt holen</translation>
    </message>
    <message>
        <source>Send prompts/get with these arguments (Ctrl+Enter)</source>
        <translation>prompts/get mit diesen Argumenten senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>warte auf den Server</translation>
    </message>
    <message>
        <source>The server offers no prompts.</source>
        <translation>Der Server bietet keine Prompts an.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lese …</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pick a prompt in the list to get it.</source>
        <translation>Einen Prompt in der Liste wählen, um ihn zu holen.</translation>
    </message>
    <message>
        <source>prompts/get %1</source>
        <translation>prompts/get %1</translation>
    </message>
    <message>
        <source>No prompt selected</source>
        <translation>Kein Prompt ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpReply</name>
    <message>
        <source>JSON-RPC error %1 (%2): %3%4</source>
        <translation>JSON-RPC-Fehler %1 (%2): %3%4</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Vorlagenvariablen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Resource URI</source>
        <translation>Ressourcen-URI</translation>
    </message>
    <message>
        <source>Read the resource (Ctrl+Enter)</source>
        <translation>Die Ressource lesen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>warte auf den Server</translation>
    </message>
    <message>
        <source>The server offers no resources.</source>
        <translation>Der Server bietet keine Ressourcen an.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lese …</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>resources/read %1</source>
        <translation>resources/read %1</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpResultView</name>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Show the result as it came</source>
        <translation>Das Ergebnis so zeigen, wie es kam</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>The call failed</source>
        <translation>Der Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error data</source>
        <translation>Fehlerdaten</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Tool error</source>
        <translation>Tool-Fehler</translation>
    </message>
    <message>
        <source>The tool ran and reported a failure (isError: true).</source>
        <translation>Das Tool lief und meldete einen Fehler (isError: true).</translation>
    </message>
    <message>
        <source>Structured content</source>
        <translation>Strukturierter Inhalt</translation>
    </message>
    <message>
        <source>Tool error.</source>
        <translation>Tool-Fehler.</translation>
    </message>
    <message>
        <source>Tool error after %1.</source>
        <translation>Tool-Fehler nach %1.</translation>
    </message>
    <message>
        <source>Result.</source>
        <translation>Ergebnis.</translation>
    </message>
    <message>
        <source>Result in %1.</source>
        <translation>Ergebnis nach %1.</translation>
    </message>
    <message>
        <source>Audio: %1, %2</source>
        <translation>Audio: %1, %2</translation>
    </message>
    <message>
        <source>Resource link:</source>
        <translation>Ressourcen-Link:</translation>
    </message>
    <message>
        <source>Content of type &quot;%1&quot;:</source>
        <translation>Inhalt vom Typ „%1“:</translation>
    </message>
    <message>
        <source>Binary, %1</source>
        <translation>Binär, %1</translation>
    </message>
    <message>
        <source>An image (%1) that could not be decoded.</source>
        <translation>Ein Bild (%1), das sich nicht dekodieren ließ.</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Waiting for %1… (Esc cancels)</source>
        <translation>Warte auf %1 … (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>notifications/cancelled went to the server; an answer arriving now is ignored.</source>
        <translation>notifications/cancelled ging an den Server; eine jetzt eintreffende Antwort wird ignoriert.</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>Abgebrochen nach %1.</translation>
    </message>
    <message>
        <source>JSON-RPC error %1 (%2)</source>
        <translation>JSON-RPC-Fehler %1 (%2)</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der Frist</translation>
    </message>
    <message>
        <source>The connection closed first</source>
        <translation>Die Verbindung wurde vorher geschlossen</translation>
    </message>
    <message>
        <source>The session is not initialised</source>
        <translation>Die Sitzung ist nicht initialisiert</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The answer is not valid</source>
        <translation>Die Antwort ist ungültig</translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation>Fehlgeschlagen nach %1: %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpServerInfoView</name>
    <message>
        <source>The server gave no instructions.</source>
        <translation>Der Server hat keine Anweisungen gegeben.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Protocol version:</source>
        <translation>Protokollversion:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Title:</source>
        <comment>server title</comment>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <source>not started</source>
        <comment>MCP session state</comment>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>MCP session state</comment>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>initialising</source>
        <comment>MCP session state</comment>
        <translation>initialisiere</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>MCP session state</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>MCP session state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>MCP session state</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>(initialised %n time(s))</source>
        <translation>
            <numerusform>(%n-mal initialisiert)</numerusform>
            <numerusform>(%n-mal initialisiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::McpToolsPage</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Call the tool with these arguments (Ctrl+Enter)</source>
        <translation>Das Tool mit diesen Argumenten aufrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel the running call: sends notifications/cancelled (Esc)</source>
        <translation>Den laufenden Aufruf abbrechen: sendet notifications/cancelled (Esc)</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>warte auf den Server</translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation>Der Server bietet keine Tools an.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lese …</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) (more pages than allowed)</source>
        <translation>
            <numerusform>%n Tool (mehr Seiten als erlaubt)</numerusform>
            <numerusform>%n Tools (mehr Seiten als erlaubt)</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool selected</source>
        <translation>Kein Tool ausgewählt</translation>
    </message>
    <message>
        <source>Pick a tool in the list to call it.</source>
        <translation>Ein Tool in der Liste wählen, um es aufzurufen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>tools/call %1</source>
        <translation>tools/call %1</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>%1: running…</source>
        <translation>%1: läuft …</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockCommand</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The configuration file (default: the built-in one).</source>
        <translation>Die Konfigurationsdatei (Standard: die eingebaute).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print the built-in configuration, a complete example to start from, and exit.</source>
        <translation>Die eingebaute Konfiguration ausgeben, ein vollständiges Beispiel als Ausgangspunkt, und beenden.</translation>
    </message>
    <message>
        <source>Only check the configuration file and exit: 0 when valid, 2 when not.</source>
        <translation>Nur die Konfigurationsdatei prüfen und beenden: 0, wenn gültig, sonst 2.</translation>
    </message>
    <message>
        <source>Items per page of tools/list, resources/list, ... ; 0 = one page (default: the file&apos;s, else %1).</source>
        <translation>Einträge pro Seite von tools/list, resources/list, … ; 0 = eine Seite (Standard: der Wert der Datei, sonst %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print only the URL and errors, not every event.</source>
        <translation>Nur die URL und Fehler ausgeben, nicht jedes Ereignis.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--page-size takes a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--page-size erwartet eine ganze Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: valid: %2 tools, %3 resources, %4 resource templates, %5 prompts, %6 scheduled notifications</source>
        <translation>%1: gültig: %2 Tools, %3 Ressourcen, %4 Ressourcenvorlagen, %5 Prompts, %6 geplante Benachrichtigungen</translation>
    </message>
    <message>
        <source>Run a mock MCP server over WebSocket, defined by a configuration file (docs/MOCK.md) or, without
--config, by the built-in one. The first line of standard output is the URL it listens on; every
event follows as one JSON line. Ctrl+C or SIGTERM closes every peer with 1001 and exits 0.
</source>
        <translation>Startet eine MCP-Attrappe über WebSocket, beschrieben durch eine Konfigurationsdatei (docs/MOCK.md)
oder, ohne --config, durch die eingebaute. Die erste Zeile der Standardausgabe ist die URL, auf der
gelauscht wird; jedes Ereignis folgt als eine JSON-Zeile. Strg+C oder SIGTERM schließt jeden Peer
mit 1001 und endet mit 0.
</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockConfigPanel</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Revert to Built-in</source>
        <translation>Eingebaute laden</translation>
    </message>
    <message>
        <source>Open a mock configuration file (docs/MOCK.md)</source>
        <translation>Eine Mock-Konfigurationsdatei öffnen (docs/MOCK.md)</translation>
    </message>
    <message>
        <source>Save the configuration to its file (Ctrl+S)</source>
        <translation>Die Konfiguration in ihre Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save the configuration to a new file</source>
        <translation>Die Konfiguration in eine neue Datei speichern</translation>
    </message>
    <message>
        <source>Replace the text with the built-in configuration, one tool per response kind</source>
        <translation>Den Text durch die eingebaute Konfiguration ersetzen, ein Tool je Antwortart</translation>
    </message>
    <message>
        <source>Use this configuration: a running mock server restarts on the same port with it (Ctrl+Enter)</source>
        <translation>Diese Konfiguration verwenden: ein laufender Mock-Server startet damit auf demselben Port neu (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>default.json (built-in)</source>
        <translation>default.json (eingebaut)</translation>
    </message>
    <message>
        <source>built-in configuration</source>
        <translation>eingebaute Konfiguration</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — modified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The built-in configuration; Save asks for a file</source>
        <translation>Die eingebaute Konfiguration; Speichern fragt nach einer Datei</translation>
    </message>
    <message>
        <source>Open Mock Configuration</source>
        <translation>Mock-Konfiguration öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is %2: a mock configuration may have at most %3.</source>
        <translation>%1 ist %2 groß: eine Mock-Konfiguration darf höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 a mock configuration may have.</source>
        <translation>%1 ist größer als die %2, die eine Mock-Konfiguration haben darf.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid mock configuration: %2</source>
        <translation>%1 ist keine gültige Mock-Konfiguration: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid mock configuration:

%2

Open it anyway, to fix it in the editor?</source>
        <translation>%1 ist keine gültige Mock-Konfiguration:

%2

Trotzdem öffnen, um sie im Editor zu korrigieren?</translation>
    </message>
    <message>
        <source>The unsaved changes in the editor are lost.</source>
        <translation>Die nicht gespeicherten Änderungen im Editor gehen verloren.</translation>
    </message>
    <message>
        <source>Open %1 and lose the unsaved changes in the editor?</source>
        <translation>%1 öffnen und die nicht gespeicherten Änderungen im Editor verwerfen?</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>%1

The editor keeps its text.</source>
        <translation>%1

Der Editor behält seinen Text.</translation>
    </message>
    <message>
        <source>Mock Configuration</source>
        <translation>Mock-Konfiguration</translation>
    </message>
    <message>
        <source>Replace the Text</source>
        <translation>Text ersetzen</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Mock Configuration</source>
        <translation>Mock-Konfiguration speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1; it still has an error.</source>
        <translation>%1 gespeichert; sie enthält noch einen Fehler.</translation>
    </message>
    <message>
        <source>Replace the text with the built-in configuration and lose the unsaved changes?</source>
        <translation>Den Text durch die eingebaute Konfiguration ersetzen und die nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The built-in configuration is in the editor.</source>
        <translation>Die eingebaute Konfiguration steht im Editor.</translation>
    </message>
    <message>
        <source>The mock configuration (%1) has unsaved changes.</source>
        <translation>Die Mock-Konfiguration (%1) hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n Tool</numerusform>
            <numerusform>%n Tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource template(s)</source>
        <translation>
            <numerusform>%n Ressourcenvorlage</numerusform>
            <numerusform>%n Ressourcenvorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled notification(s)</source>
        <translation>
            <numerusform>%n geplante Benachrichtigung</numerusform>
            <numerusform>%n geplante Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: %1.</source>
        <translation>Gültig: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The mock server runs it.</source>
        <translation>Der Mock-Server läuft damit.</translation>
    </message>
    <message>
        <source>Not applied yet: Apply restarts the mock server with it.</source>
        <translation>Noch nicht angewendet: Anwenden startet den Mock-Server damit neu.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#error&quot;&gt;Line %1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;#error&quot;&gt;Zeile %1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <source>Click the line number to go to the error</source>
        <translation>Auf die Zeilennummer klicken, um zum Fehler zu springen</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockDocument</name>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Mock :%1</source>
        <translation>Mock :%1</translation>
    </message>
    <message>
        <source>New Mock Server</source>
        <translation>Neuer Mock-Server</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The mock server was not started</source>
        <translation>Der Mock-Server wurde nicht gestartet</translation>
    </message>
    <message>
        <source>configuration error</source>
        <comment>mock server state</comment>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>The mock server restarted on port %1 with the new configuration.</source>
        <translation>Der Mock-Server wurde auf Port %1 mit der neuen Konfiguration neu gestartet.</translation>
    </message>
    <message>
        <source>The mock server could not listen on port %1 again: the frames say why.</source>
        <translation>Der Mock-Server konnte nicht erneut auf Port %1 lauschen: die Frames sagen, warum.</translation>
    </message>
    <message>
        <source>The configuration was not applied</source>
        <translation>Die Konfiguration wurde nicht angewendet</translation>
    </message>
    <message>
        <source>The configuration is valid; the mock server uses it when it starts.</source>
        <translation>Die Konfiguration ist gültig; der Mock-Server verwendet sie beim nächsten Start.</translation>
    </message>
    <message>
        <source>The mock server already runs this configuration.</source>
        <translation>Der Mock-Server läuft bereits mit dieser Konfiguration.</translation>
    </message>
    <message>
        <source>Restarting the mock server on port %1 with the new configuration…</source>
        <translation>Der Mock-Server wird auf Port %1 mit der neuen Konfiguration neu gestartet…</translation>
    </message>
    <message>
        <source>Faults now: %1.</source>
        <translation>Störungen jetzt: %1.</translation>
    </message>
    <message>
        <source>Faults set: %1. They apply when the mock server starts.</source>
        <translation>Störungen eingestellt: %1. Sie gelten, sobald der Mock-Server startet.</translation>
    </message>
    <message>
        <source>not initialized</source>
        <comment>MCP session</comment>
        <translation>nicht initialisiert</translation>
    </message>
    <message>
        <source>initializing</source>
        <comment>MCP session</comment>
        <translation>wird initialisiert</translation>
    </message>
    <message>
        <source>initialized</source>
        <comment>MCP session</comment>
        <translation>initialisiert</translation>
    </message>
    <message>
        <source>initialized (%1)</source>
        <comment>MCP session</comment>
        <translation>initialisiert (%1)</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>MCP session</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Config*</source>
        <translation>Konfiguration*</translation>
    </message>
    <message>
        <source>The mock configuration: %1</source>
        <translation>Die Mock-Konfiguration: %1</translation>
    </message>
    <message>
        <source>The mock configuration has an error</source>
        <translation>Die Mock-Konfiguration enthält einen Fehler</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>Störungen: %1</translation>
    </message>
    <message>
        <source>%1. Click to change them.</source>
        <translation>%1. Klicken, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockFaultsPanel</name>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Added to every answer: the shortest time</source>
        <translation>Wird jeder Antwort hinzugefügt: die kürzeste Zeit</translation>
    </message>
    <message>
        <source>The longest time; each answer draws its latency between the two</source>
        <translation>Die längste Zeit; jede Antwort erhält eine zufällige Latenz zwischen beiden</translation>
    </message>
    <message>
        <source>Share of the answers never sent</source>
        <translation>Anteil der Antworten, die nie gesendet werden</translation>
    </message>
    <message>
        <source>Share of the answers sent cut in half, as malformed JSON</source>
        <translation>Anteil der Antworten, die halbiert als fehlerhaftes JSON gesendet werden</translation>
    </message>
    <message>
        <source>Share of the answers padded to the size beside</source>
        <translation>Anteil der Antworten, die auf die Größe daneben aufgefüllt werden</translation>
    </message>
    <message>
        <source>The size of a padded answer, in bytes (default one byte over 1 MiB)</source>
        <translation>Die Größe einer aufgefüllten Antwort in Bytes (Standard: ein Byte über 1 MiB)</translation>
    </message>
    <message>
        <source>Close each connection after this many messages from its client, after answering the last</source>
        <translation>Jede Verbindung nach so vielen Nachrichten ihres Clients schließen, nachdem die letzte beantwortet ist</translation>
    </message>
    <message>
        <source>The close code of that close</source>
        <translation>Der Close-Code dieses Schließens</translation>
    </message>
    <message>
        <source>Ignore pings</source>
        <translation>Pings ignorieren</translation>
    </message>
    <message>
        <source>Seed of the random draws: the same seed repeats a run exactly</source>
        <translation>Startwert der Zufallsauswahl: derselbe Startwert wiederholt einen Lauf genau</translation>
    </message>
    <message>
        <source>Reset to Config</source>
        <translation>Wie in der Konfiguration</translation>
    </message>
    <message>
        <source>All Off</source>
        <translation>Alle aus</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds suffix</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source> bytes</source>
        <comment>size suffix</comment>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>never</source>
        <comment>close after messages</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>random</source>
        <comment>fault seed</comment>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Stop answering WebSocket pings (no pong), to trip a client&apos;s heartbeat</source>
        <translation>WebSocket-Pings nicht mehr beantworten (kein Pong), um den Heartbeat eines Clients auszulösen</translation>
    </message>
    <message>
        <source>every method</source>
        <translation>jede Methode</translation>
    </message>
    <message>
        <source>Latency, drops, malformed and oversized answers only for these methods, separated by commas (tools/call, resources/read, ...)</source>
        <translation>Latenz, verworfene, fehlerhafte und übergroße Antworten nur für diese Methoden, durch Kommas getrennt (tools/call, resources/read, …)</translation>
    </message>
    <message>
        <source>Back to the faults the configuration&apos;s &quot;faults&quot; member sets</source>
        <translation>Zurück zu den Störungen, die das Feld &quot;faults&quot; der Konfiguration festlegt</translation>
    </message>
    <message>
        <source>Turn every fault off</source>
        <translation>Alle Störungen ausschalten</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>latency range</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Dropped:</source>
        <translation>Ver&amp;worfen:</translation>
    </message>
    <message>
        <source>&amp;Malformed:</source>
        <translation>&amp;Fehlerhaft:</translation>
    </message>
    <message>
        <source>&amp;Oversized:</source>
        <translation>Übergr&amp;oß:</translation>
    </message>
    <message>
        <source>padded to</source>
        <translation>aufgefüllt auf</translation>
    </message>
    <message>
        <source>Close &amp;after:</source>
        <translation>Schließen &amp;nach:</translation>
    </message>
    <message>
        <source>messages, with code</source>
        <translation>Nachrichten, mit Code</translation>
    </message>
    <message>
        <source>Me&amp;thods:</source>
        <translation>Me&amp;thoden:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 may not be sent in a close frame; %2 stays in use</source>
        <translation>%1 darf nicht in einem Close-Frame gesendet werden; %2 bleibt in Gebrauch</translation>
    </message>
    <message>
        <source>latency %1–%2 ms</source>
        <translation>Latenz %1–%2 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <source>%1 % dropped</source>
        <translation>%1 % verworfen</translation>
    </message>
    <message>
        <source>%1 % malformed</source>
        <translation>%1 % fehlerhaft</translation>
    </message>
    <message>
        <source>%1 % oversized</source>
        <translation>%1 % übergroß</translation>
    </message>
    <message numerus="yes">
        <source>close after %n message(s) with %1</source>
        <translation>
            <numerusform>schließen nach %n Nachricht mit %1</numerusform>
            <numerusform>schließen nach %n Nachrichten mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>pings ignored</source>
        <translation>Pings ignoriert</translation>
    </message>
    <message>
        <source>off</source>
        <comment>faults</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(answers to %1 only)</source>
        <translation>(nur Antworten auf %1)</translation>
    </message>
    <message>
        <source>Changes apply from the next answer on: a number typed when you press Enter or leave its box, steps of the arrows once you stop stepping. Latency, drops, malformed and oversized answers strike answers to requests only (to the methods named, when any); a dropped answer is neither malformed nor padded. Each fault that strikes shows in the frames.</source>
        <translation>Änderungen gelten ab der nächsten Antwort: eine getippte Zahl, sobald Sie die Eingabetaste drücken oder das Feld verlassen, die Pfeile, sobald Sie nicht mehr weiterschalten. Latenz, verworfene, fehlerhafte und übergroße Antworten treffen nur Antworten auf Anfragen (auf die genannten Methoden, falls angegeben); eine verworfene Antwort wird weder beschädigt noch aufgefüllt. Jede Störung, die eintritt, erscheint in den Frames.</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockServer</name>
    <message>
        <source>fault injection changed</source>
        <translation>Fehlerinjektion geändert</translation>
    </message>
    <message>
        <source>fault injection off</source>
        <translation>Fehlerinjektion aus</translation>
    </message>
    <message>
        <source>fault injection: closing with %1 after %2 messages from the client</source>
        <translation>Fehlerinjektion: Schließen mit %1 nach %2 Nachrichten des Clients</translation>
    </message>
    <message>
        <source>fault injection: the answer was dropped</source>
        <translation>Fehlerinjektion: die Antwort wurde verworfen</translation>
    </message>
    <message>
        <source>fault injection: the answer was sent as malformed JSON</source>
        <translation>Fehlerinjektion: die Antwort wurde als fehlerhaftes JSON gesendet</translation>
    </message>
    <message>
        <source>fault injection: the answer was padded to %1 bytes</source>
        <translation>Fehlerinjektion: die Antwort wurde auf %1 Bytes aufgefüllt</translation>
    </message>
    <message>
        <source>the client cancelled request %1: its answer will not be sent</source>
        <translation>der Client hat Anfrage %1 abgebrochen: ihre Antwort wird nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Sockscope::PeersJobSink</name>
    <message>
        <source>The server stopped</source>
        <translation>Der Server wurde gestoppt</translation>
    </message>
    <message>
        <source>Every target peer closed</source>
        <translation>Jede Ziel-Gegenstelle wurde geschlossen</translation>
    </message>
    <message>
        <source>Peer %1 closed</source>
        <translation>Gegenstelle %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>the server is not listening</source>
        <translation>der Server lauscht nicht</translation>
    </message>
    <message>
        <source>peer %1 did not take it (the frames say why)</source>
        <translation>Gegenstelle %1 hat sie nicht angenommen (die Frames sagen, warum)</translation>
    </message>
    <message numerus="yes">
        <source>Peer(s) %1 closed during the job.</source>
        <translation>
            <numerusform>Gegenstelle %1 wurde während des Auftrags geschlossen.</numerusform>
            <numerusform>Gegenstellen %1 wurden während des Auftrags geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::PeersModel</name>
    <message>
        <source>%1, path %2</source>
        <translation>%1, Pfad %2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no subprotocol</comment>
        <translation>keines</translation>
    </message>
    <message>
        <source>open</source>
        <comment>peer state</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>geschlossen (%1)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>Subprotokoll</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>MCP Session</source>
        <translation>MCP-Sitzung</translation>
    </message>
</context>
<context>
    <name>Sockscope::PeersPanel</name>
    <message>
        <source>Close…</source>
        <translation>Schließen …</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Gruppen …</translation>
    </message>
    <message>
        <source>Forget Closed</source>
        <translation>Geschlossene vergessen</translation>
    </message>
    <message>
        <source>Close the selected peer with a close code and reason</source>
        <translation>Die ausgewählte Gegenstelle mit Close-Code und Grund schließen</translation>
    </message>
    <message>
        <source>Put the selected peer in groups, to send to a group from the composer</source>
        <translation>Die ausgewählte Gegenstelle Gruppen zuordnen, um aus dem Editor an eine Gruppe zu senden</translation>
    </message>
    <message>
        <source>Remove closed peers from the list</source>
        <translation>Geschlossene Gegenstellen aus der Liste entfernen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Peers&lt;/b&gt;: %n open</source>
        <translation>
            <numerusform>&lt;b&gt;Gegenstellen&lt;/b&gt;: %n offen</numerusform>
            <numerusform>&lt;b&gt;Gegenstellen&lt;/b&gt;: %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups of Peer %1</source>
        <translation>Gruppen der Gegenstelle %1</translation>
    </message>
    <message>
        <source>Groups, separated by commas:</source>
        <translation>Gruppen, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Send to Peer %1</source>
        <translation>An Gegenstelle %1 senden</translation>
    </message>
    <message>
        <source>Make this peer the composer&apos;s target</source>
        <translation>Diese Gegenstelle zum Ziel des Editors machen</translation>
    </message>
    <message>
        <source>Filter Frames to This Peer</source>
        <translation>Nur Frames dieser Gegenstelle zeigen</translation>
    </message>
    <message>
        <source>Show Frames of Every Peer</source>
        <translation>Frames aller Gegenstellen zeigen</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Close this peer with a close code and reason</source>
        <translation>Diese Gegenstelle mit Close-Code und Grund schließen</translation>
    </message>
</context>
<context>
    <name>Sockscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>The heartbeat new connections start with.</source>
        <translation>Der Heartbeat, mit dem neue Verbindungen beginnen.</translation>
    </message>
    <message>
        <source>Default Heartbeat</source>
        <translation>Standard-Heartbeat</translation>
    </message>
    <message>
        <source>The limits new connections start with.</source>
        <translation>Die Grenzen, mit denen neue Verbindungen beginnen.</translation>
    </message>
    <message>
        <source>Default Limits</source>
        <translation>Standardgrenzen</translation>
    </message>
    <message>
        <source>Frames each new document keeps; older ones are dropped and counted.</source>
        <translation>Frames, die jedes neue Dokument behält; ältere werden verworfen und gezählt.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The colours of the whole application; applied on OK.</source>
        <translation>Die Farben der ganzen Anwendung; werden mit OK übernommen.</translation>
    </message>
    <message>
        <source>follow the system</source>
        <translation>wie das System</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of the application. --lang on the command line overrides it.</source>
        <translation>Die Sprache der Anwendung. --lang auf der Kommandozeile hat Vorrang.</translation>
    </message>
    <message>
        <source>system language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Sockscope starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Sockscope.</translation>
    </message>
    <message>
        <source>Frames kept per document:</source>
        <translation>Frames pro Dokument:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReconnectSettingsWidget</name>
    <message>
        <source>Reconnect after the connection drops</source>
        <translation>Nach einem Verbindungsabbruch neu verbinden</translation>
    </message>
    <message>
        <source>Try again with exponential backoff and jitter; every attempt is logged.</source>
        <translation>Erneut versuchen, mit exponentiellem Backoff und Jitter; jeder Versuch wird protokolliert.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>The longest reconnect delay is shorter than the first one.</source>
        <translation>Die längste Wartezeit für Neuverbindungen ist kürzer als die erste.</translation>
    </message>
</context>
<context>
    <name>Sockscope::RecordedServer</name>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>kann nicht auf %1:%2 lauschen</translation>
    </message>
    <message>
        <source>no recorded response matched: %1 was recorded, but not with these params</source>
        <translation>keine aufgezeichnete Antwort passt: %1 wurde aufgezeichnet, aber nicht mit diesen Parametern</translation>
    </message>
    <message>
        <source>no recorded response matched: the recording has no %1 request</source>
        <translation>keine aufgezeichnete Antwort passt: die Aufzeichnung enthält keine Anfrage %1</translation>
    </message>
    <message>
        <source>no recorded message matched a text message of %1 bytes</source>
        <translation>keine aufgezeichnete Nachricht passt zu einer Textnachricht mit %1 Bytes</translation>
    </message>
    <message>
        <source>no recorded message matched a binary message of %1 bytes</source>
        <translation>keine aufgezeichnete Nachricht passt zu einer Binärnachricht mit %1 Bytes</translation>
    </message>
</context>
<context>
    <name>Sockscope::RecordingSettingsWidget</name>
    <message>
        <source>Events kept for this connection; older ones are evicted, and counted.</source>
        <translation>Für diese Verbindung gespeicherte Ereignisse; ältere werden verdrängt und gezählt.</translation>
    </message>
    <message>
        <source>JSON-RPC 2.0 (id, method, error)</source>
        <translation>JSON-RPC 2.0 (id, method, error)</translation>
    </message>
    <message>
        <source>Plain JSON with the keys below</source>
        <translation>Einfaches JSON mit den Schlüsseln unten</translation>
    </message>
    <message>
        <source>How responses are paired with their requests.</source>
        <translation>Wie Antworten ihren Anfragen zugeordnet werden.</translation>
    </message>
    <message>
        <source>JSON-RPC 2.0</source>
        <translation>JSON-RPC 2.0</translation>
    </message>
    <message>
        <source>The member that pairs a response with its request.</source>
        <translation>Das Feld, das eine Antwort ihrer Anfrage zuordnet.</translation>
    </message>
    <message>
        <source>The member that names a request.</source>
        <translation>Das Feld, das eine Anfrage benennt.</translation>
    </message>
    <message>
        <source>A response holding this member is an error.</source>
        <translation>Eine Antwort mit diesem Feld ist ein Fehler.</translation>
    </message>
    <message>
        <source>Or whose method member is one of these (comma-separated), e.g. tool_error.</source>
        <translation>Oder deren Methodenfeld einer dieser Werte ist (durch Kommas getrennt), z. B. tool_error.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A request unanswered this long is reported; 0 = never.</source>
        <translation>Eine so lange unbeantwortete Anfrage wird gemeldet; 0 = nie.</translation>
    </message>
    <message>
        <source>Events kept:</source>
        <translation>Gespeicherte Ereignisse:</translation>
    </message>
    <message>
        <source>Pairing:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Id key:</source>
        <translation>ID-Schlüssel:</translation>
    </message>
    <message>
        <source>Method key:</source>
        <translation>Methodenschlüssel:</translation>
    </message>
    <message>
        <source>Error key:</source>
        <translation>Fehlerschlüssel:</translation>
    </message>
    <message>
        <source>Error types:</source>
        <translation>Fehlertypen:</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Plain JSON pairing needs an id key.</source>
        <translation>Zuordnung mit einfachem JSON braucht einen ID-Schlüssel.</translation>
    </message>
    <message>
        <source>Plain JSON pairing needs a method key.</source>
        <translation>Zuordnung mit einfachem JSON braucht einen Methodenschlüssel.</translation>
    </message>
</context>
<context>
    <name>Sockscope::RepeatDialog</name>
    <message>
        <source>Send Repeatedly</source>
        <translation>Wiederholt senden</translation>
    </message>
    <message>
        <source>How many times the message is sent: 1 to %1</source>
        <translation>Wie oft die Nachricht gesendet wird: 1 bis %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none: as fast as the socket takes them</source>
        <translation>keins: so schnell, wie der Socket sie nimmt</translation>
    </message>
    <message>
        <source>Time between two messages; 0 sends as fast as the socket takes them</source>
        <translation>Zeit zwischen zwei Nachrichten; 0 sendet so schnell, wie der Socket sie nimmt</translation>
    </message>
    <message>
        <source>{{nextId}}, {{uuid}} and {{now}} are new in every message.</source>
        <translation>{{nextId}}, {{uuid}} und {{now}} sind in jeder Nachricht neu.</translation>
    </message>
    <message>
        <source>The message is sent as it is, each time.</source>
        <translation>Die Nachricht wird jedes Mal so gesendet, wie sie ist.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayAssertionDialog</name>
    <message>
        <source>Assertion</source>
        <translation>Zusicherung</translation>
    </message>
    <message>
        <source>The step whose reply is checked: a request&apos;s response, else the first JSON message that came back</source>
        <translation>Der Schritt, dessen Antwort geprüft wird: bei einer Anfrage ihre Antwort, sonst die erste zurückgekommene JSON-Nachricht</translation>
    </message>
    <message>
        <source>$.result.content[0].text</source>
        <translation>$.result.content[0].text</translation>
    </message>
    <message>
        <source>A JSON path into the reply (docs/REPLAY.md, &quot;JSON paths&quot;)</source>
        <translation>Ein JSON-Pfad in die Antwort (docs/REPLAY.md, „JSON paths“)</translation>
    </message>
    <message>
        <source>JSON: &quot;text&quot;, 5, true, null, [1, 2], {&quot;a&quot;: 1}</source>
        <translation>JSON: &quot;Text&quot;, 5, true, null, [1, 2], {&quot;a&quot;: 1}</translation>
    </message>
    <message>
        <source>Any JSON value; put text in double quotes</source>
        <translation>Ein beliebiger JSON-Wert; Text in doppelte Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>^Hello, </source>
        <translation>^Hello, </translation>
    </message>
    <message>
        <source>A regular expression, searched in the value (not anchored)</source>
        <translation>Ein regulärer Ausdruck, im Wert gesucht (nicht verankert)</translation>
    </message>
    <message>
        <source>notifications/progress</source>
        <translation>notifications/progress</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>P&amp;attern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ethode:</translation>
    </message>
    <message>
        <source>Value equals</source>
        <translation>Wert ist gleich</translation>
    </message>
    <message>
        <source>Value matches a pattern</source>
        <translation>Wert passt zu einem Muster</translation>
    </message>
    <message>
        <source>Path exists</source>
        <translation>Pfad existiert</translation>
    </message>
    <message>
        <source>Notification within</source>
        <translation>Benachrichtigung innerhalb</translation>
    </message>
    <message>
        <source>Latency below</source>
        <translation>Latenz unter</translation>
    </message>
    <message>
        <source>Connection stays open</source>
        <translation>Verbindung bleibt offen</translation>
    </message>
    <message>
        <source>Every step with a reply</source>
        <translation>Jeder Schritt mit Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not in this replay</source>
        <translation>%1: nicht in diesem Abspielen</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>nicht warten</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb:</translation>
    </message>
    <message>
        <source>Passes when a notification with this method arrives within the time after the step is sent.</source>
        <translation>Besteht, wenn eine Benachrichtigung mit dieser Methode innerhalb der Zeit nach dem Senden des Schritts ankommt.</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>&amp;Unter:</translation>
    </message>
    <message>
        <source>Passes when the step&apos;s reply (a request&apos;s response) arrives within the time.</source>
        <translation>Besteht, wenn die Antwort des Schritts (bei einer Anfrage ihre Antwort) innerhalb der Zeit ankommt.</translation>
    </message>
    <message>
        <source>Then &amp;wait:</source>
        <translation>&amp;Danach warten:</translation>
    </message>
    <message>
        <source>Passes when the server does not close the connection during the replay; the last step waits this long for a close.</source>
        <translation>Besteht, wenn der Server die Verbindung während des Abspielens nicht schließt; der letzte Schritt wartet so lange auf ein Schließen.</translation>
    </message>
    <message>
        <source>Passes when a value the path selects in the step&apos;s reply equals this JSON value.</source>
        <translation>Besteht, wenn ein Wert, den der Pfad in der Antwort des Schritts auswählt, diesem JSON-Wert gleicht.</translation>
    </message>
    <message>
        <source>Passes when a value the path selects matches the regular expression (a value that is not text is matched as compact JSON).</source>
        <translation>Besteht, wenn ein Wert, den der Pfad auswählt, zum regulären Ausdruck passt (ein Wert, der kein Text ist, wird als kompaktes JSON verglichen).</translation>
    </message>
    <message>
        <source>Passes when the path selects something in the step&apos;s reply.</source>
        <translation>Besteht, wenn der Pfad in der Antwort des Schritts etwas auswählt.</translation>
    </message>
    <message>
        <source>Value: type the JSON value to compare with.</source>
        <translation>Wert: Geben Sie den JSON-Wert ein, mit dem verglichen wird.</translation>
    </message>
    <message>
        <source>Value: not JSON. Put text in double quotes (&quot;5&quot;); numbers, true, false, null, [...] and {...} as they are.</source>
        <translation>Wert: kein JSON. Text in doppelte Anführungszeichen setzen (&quot;5&quot;); Zahlen, true, false, null, [...] und {...} so, wie sie sind.</translation>
    </message>
    <message>
        <source>Step: the replay has no steps to check.</source>
        <translation>Schritt: Das Abspielen hat keine Schritte zum Prüfen.</translation>
    </message>
    <message>
        <source>Path: type a JSON path, for example $.result.content[0].text.</source>
        <translation>Pfad: Geben Sie einen JSON-Pfad ein, zum Beispiel $.result.content[0].text.</translation>
    </message>
    <message>
        <source>Method: type the notification&apos;s method, for example notifications/progress.</source>
        <translation>Methode: Geben Sie die Methode der Benachrichtigung ein, zum Beispiel notifications/progress.</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayAssertionsEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Checks beyond comparing with the recording; a failed assertion fails its step</source>
        <translation>Prüfungen über den Vergleich mit der Aufzeichnung hinaus; eine verletzte Zusicherung lässt ihren Schritt fehlschlagen</translation>
    </message>
    <message>
        <source>Add Assertion</source>
        <translation>Zusicherung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Assertion</source>
        <translation>Zusicherung bearbeiten</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayCommand</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The session file.</source>
        <translation>Die Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Send to this ws:// or wss:// URL instead of the recorded one.</source>
        <translation>An diese ws://- oder wss://-URL senden statt an die aufgezeichnete.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>as-recorded (the recorded gaps, scaled by --speed), fast (each message as soon as the previous one is written) or wait (each after the previous step&apos;s answer or its timeout).</source>
        <translation>as-recorded (die aufgezeichneten Abstände, skaliert mit --speed), fast (jede Nachricht, sobald die vorige geschrieben ist) oder wait (jede nach der Antwort des vorigen Schritts oder deren Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>With --timing as-recorded: play X times faster (default 1).</source>
        <translation>Mit --timing as-recorded: X-mal schneller abspielen (Standard 1).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Fail a step whose answer takes longer than MS milliseconds (default 5000).</source>
        <translation>Einen Schritt scheitern lassen, dessen Antwort länger als MS Millisekunden braucht (Standard 5000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Ignore this JSON path when comparing answers, for example $.result.meta (repeatable).</source>
        <translation>Diesen JSON-Pfad beim Vergleich der Antworten übergehen, zum Beispiel $.result.meta (wiederholbar).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Compare ids and timestamps too (ignored by default).</source>
        <translation>Auch IDs und Zeitstempel vergleichen (standardmäßig übergangen).</translation>
    </message>
    <message>
        <source>Replay this recorded connection (default: the file&apos;s choice, else the first with messages).</source>
        <translation>Diese aufgezeichnete Verbindung abspielen (Standard: die Wahl der Datei, sonst die erste mit Nachrichten).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Of a recorded server connection, replay this peer&apos;s conversation.</source>
        <translation>Bei einer aufgezeichneten Serververbindung das Gespräch dieses Partners abspielen.</translation>
    </message>
    <message>
        <source>Write a JUnit XML report to FILE (one testcase per step).</source>
        <translation>Einen JUnit-XML-Bericht in DATEI schreiben (ein Testfall pro Schritt).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Print each step and the summary as JSON lines instead of text.</source>
        <translation>Jeden Schritt und die Zusammenfassung als JSON-Zeilen statt als Text ausgeben.</translation>
    </message>
    <message>
        <source>Print every event of the replay connection as a JSON line on standard error.</source>
        <translation>Jedes Ereignis der Abspielverbindung als JSON-Zeile auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Add this handshake header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Diesen Handshake-Header hinzufügen, „Name: Wert“ (wiederholbar).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>Send &quot;Authorization: Bearer TOKEN&quot; (session files leave tokens out).</source>
        <translation>„Authorization: Bearer TOKEN“ senden (Sitzungsdateien lassen Tokens weg).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Offer this subprotocol instead of the recorded one (repeatable).</source>
        <translation>Dieses Subprotokoll statt des aufgezeichneten anbieten (wiederholbar).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Accept an invalid TLS certificate (reported as a warning).</source>
        <translation>Ein ungültiges TLS-Zertifikat akzeptieren (als Warnung gemeldet).</translation>
    </message>
    <message>
        <source>Act as the recorded server (see above) until Ctrl+C or SIGTERM.</source>
        <translation>Den aufgezeichneten Server spielen (siehe oben) bis Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>With --serve: port to listen on; 0 picks a free one (default 0).</source>
        <translation>Mit --serve: Port zum Lauschen; 0 wählt einen freien (Standard 0).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>With --serve: address to listen on (default 127.0.0.1).</source>
        <translation>Mit --serve: Adresse zum Lauschen (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>missing the session file</source>
        <translation>die Sitzungsdatei fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 does not go with --serve</source>
        <translation>--%1 passt nicht zu --serve</translation>
    </message>
    <message>
        <source>--%1 needs --serve</source>
        <translation>--%1 braucht --serve</translation>
    </message>
    <message>
        <source>--timing takes as-recorded, fast or wait, not &quot;%1&quot;</source>
        <translation>--timing nimmt as-recorded, fast oder wait, nicht „%1“</translation>
    </message>
    <message>
        <source>--speed needs a number above 0 and at most %1</source>
        <translation>--speed braucht eine Zahl über 0 und höchstens %1</translation>
    </message>
    <message>
        <source>--timeout takes at most %1 milliseconds</source>
        <translation>--timeout nimmt höchstens %1 Millisekunden</translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation>--port nimmt 0 bis 65535</translation>
    </message>
    <message>
        <source>--header needs &quot;Name: value&quot;, not &quot;%1&quot;</source>
        <translation>--header braucht „Name: Wert“, nicht „%1“</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to replay: the chosen conversation sent no messages</source>
        <translation>%1: nichts abzuspielen: das gewählte Gespräch hat keine Nachrichten gesendet</translation>
    </message>
    <message>
        <source>the recorded conversation is a server&apos;s peer: give the server to replay against with --url</source>
        <translation>das aufgezeichnete Gespräch ist das eines Serverpartners: den Server zum Abspielen mit --url angeben</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>connection %1, peer %2</source>
        <translation>Verbindung %1, Partner %2</translation>
    </message>
    <message>
        <source>Replaying %1 (%2, steps: %3) against %4, timing %5</source>
        <translation>Spiele %1 ab (%2, Schritte: %3) gegen %4, Timing %5</translation>
    </message>
    <message>
        <source>%1 at %2x</source>
        <translation>%1 mit %2x</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Steps: %1, passed: %2, failed: %3 (%4 s)</source>
        <translation>Schritte: %1, bestanden: %2, fehlgeschlagen: %3 (%4 s)</translation>
    </message>
    <message>
        <source>Of a recorded client connection that reconnected, replay this connect (1 = the first; default: the file&apos;s choice, else the first that sent messages).</source>
        <translation>Bei einer aufgezeichneten Client-Verbindung, die sich neu verbunden hat, diesen Verbindungsaufbau abspielen (1 = der erste; Standard: die Wahl der Datei, sonst der erste, der Nachrichten gesendet hat).</translation>
    </message>
    <message>
        <source>connection %1, connect %2</source>
        <translation>Verbindung %1, Verbindungsaufbau %2</translation>
    </message>
    <message>
        <source>Replay a session file (docs/REPLAY.md): send one recorded conversation&apos;s messages to a target
and compare what comes back with the recording. Prints one line per step (PASS or FAIL with
the differences) and a summary; --junit writes JUnit XML for CI. The target is --url, else the
URL and settings recorded in the file. The replay settings and assertions stored in the file
apply; the flags below override them.
With --serve, act as the recorded server instead: answer each client request that matches a
recorded one (method and params) with the recorded response, ids rewritten.
</source>
        <translation>Eine Sitzungsdatei abspielen (docs/REPLAY.md): die Nachrichten eines aufgezeichneten Gesprächs an ein
Ziel senden und vergleichen, was zurückkommt, mit der Aufzeichnung. Gibt eine Zeile pro Schritt aus
(PASS oder FAIL mit den Unterschieden) und eine Zusammenfassung; --junit schreibt JUnit-XML für CI.
Ziel ist --url, sonst die in der Datei aufgezeichnete URL mit ihren Einstellungen. Die in der Datei
gespeicherten Abspieleinstellungen und Zusicherungen gelten; die Optionen unten gehen vor.
Mit --serve stattdessen den aufgezeichneten Server spielen: jede Client-Anfrage, die zu einer
aufgezeichneten passt (Methode und Parameter), mit der aufgezeichneten Antwort beantworten, IDs angepasst.
</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Export &amp;JUnit…</source>
        <translation>&amp;JUnit exportieren …</translation>
    </message>
    <message>
        <source>Save to Sess&amp;ion…</source>
        <translation>In S&amp;itzung speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>%1 abspielen</translation>
    </message>
    <message>
        <source>Replay the conversation against the URL and compare what comes back with the recording</source>
        <translation>Das Gespräch gegen die URL abspielen und die Antworten mit der Aufzeichnung vergleichen</translation>
    </message>
    <message>
        <source>Stop the replay: the steps left fail as aborted</source>
        <translation>Das Abspielen stoppen: die übrigen Schritte schlagen als abgebrochen fehl</translation>
    </message>
    <message>
        <source>Write the last run as JUnit XML, one test case per step, for CI systems</source>
        <translation>Den letzten Lauf als JUnit-XML schreiben, ein Testfall pro Schritt, für CI-Systeme</translation>
    </message>
    <message>
        <source>Write these replay settings and assertions into a session file&apos;s header (not the URL or the token); the events stay as they are</source>
        <translation>Diese Abspieleinstellungen und Zusicherungen in den Kopf einer Sitzungsdatei schreiben (nicht die URL und nicht das Token); die Ereignisse bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>The file&apos;s replay settings are not used, they are not valid: %1</source>
        <translation>Die Abspieleinstellungen der Datei werden nicht verwendet, sie sind ungültig: %1</translation>
    </message>
    <message>
        <source>The file&apos;s replay settings name connection %1 (peer %2), which has nothing to replay; the first conversation is chosen.</source>
        <translation>Die Abspieleinstellungen der Datei nennen Verbindung %1 (Gegenstelle %2), die nichts zum Abspielen hat; das erste Gespräch wird gewählt.</translation>
    </message>
    <message>
        <source>Nothing to replay: the session holds no messages.</source>
        <translation>Nichts abzuspielen: Die Sitzung enthält keine Nachrichten.</translation>
    </message>
    <message>
        <source>Cannot replay this conversation: %1</source>
        <translation>Dieses Gespräch kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The recording left out %1. Give a bearer token above if the server needs one.</source>
        <translation>Die Aufzeichnung hat %1 ausgelassen. Geben Sie oben ein Bearer-Token an, wenn der Server eines braucht.</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>Abspielen nicht möglich: %1</translation>
    </message>
    <message>
        <source>the connection did not open</source>
        <translation>die Verbindung wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Stopped: the steps that had not finished failed as aborted.</source>
        <translation>Gestoppt: Die nicht beendeten Schritte sind als abgebrochen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Select a step to see what was sent and, for a failed step, what differed.</source>
        <translation>Wählen Sie einen Schritt, um zu sehen, was gesendet wurde und, bei einem fehlgeschlagenen Schritt, was abwich.</translation>
    </message>
    <message>
        <source>Select a step to see what it sends and what came back in the recording; Run replays them all.</source>
        <translation>Wählen Sie einen Schritt, um zu sehen, was er sendet und was in der Aufzeichnung zurückkam; „Starten“ spielt alle ab.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>Running against %1: steps done: %2 of %3</source>
        <translation>Läuft gegen %1: erledigte Schritte: %2 von %3</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>%1, %2 in %3 against %4</source>
        <comment>passed, failed</comment>
        <translation>%1, %2 in %3 gegen %4</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps to replay: %1. Press Run to start.</source>
        <translation>Abzuspielende Schritte: %1. Mit „Starten“ geht es los.</translation>
    </message>
    <message>
        <source>Nothing to replay.</source>
        <translation>Nichts abzuspielen.</translation>
    </message>
    <message>
        <source>There is no finished run to export.</source>
        <translation>Es gibt keinen beendeten Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>Export JUnit Report</source>
        <translation>JUnit-Bericht exportieren</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml);;All files (*)</source>
        <translation>JUnit-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Wrote the JUnit report to %1.</source>
        <translation>JUnit-Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot export the JUnit report: %1</source>
        <translation>Der JUnit-Bericht kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Save Replay Settings to Session</source>
        <translation>Abspieleinstellungen in Sitzung speichern</translation>
    </message>
    <message>
        <source>Sockscope sessions (*.sockscope);;All files (*)</source>
        <translation>Sockscope-Sitzungen (*.sockscope);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the replay settings and %n assertion(s) to %1.</source>
        <translation>
            <numerusform>Abspieleinstellungen und %n Zusicherung in %1 gespeichert.</numerusform>
            <numerusform>Abspieleinstellungen und %n Zusicherungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the replay settings: %1</source>
        <translation>Die Abspieleinstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Warnung: %1.</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayOptionsWidget</name>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>I&amp;gnore ids and timestamps</source>
        <translation>I&amp;Ds und Zeitstempel ignorieren</translation>
    </message>
    <message>
        <source>ws://host:port/path</source>
        <translation>ws://host:port/pfad</translation>
    </message>
    <message>
        <source>The server to replay against: the recorded URL, or another (a staging server, a mock)</source>
        <translation>Der Server, gegen den abgespielt wird: die aufgezeichnete URL oder eine andere (ein Staging-Server, ein Mock)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Sends &quot;Authorization: Bearer …&quot;: session files leave tokens out</source>
        <translation>Sendet „Authorization: Bearer …“: Sitzungsdateien enthalten keine Tokens</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Wie aufgezeichnet</translation>
    </message>
    <message>
        <source>Each message at its recorded time after the first, divided by the speed</source>
        <translation>Jede Nachricht zu ihrer aufgezeichneten Zeit nach der ersten, geteilt durch die Geschwindigkeit</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Each message as soon as the previous one was sent</source>
        <translation>Jede Nachricht, sobald die vorige gesendet wurde</translation>
    </message>
    <message>
        <source>Wait for each answer</source>
        <translation>Auf jede Antwort warten</translation>
    </message>
    <message>
        <source>Each message after the previous step&apos;s answer arrived, or timed out</source>
        <translation>Jede Nachricht, nachdem die Antwort auf den vorigen Schritt kam oder ihre Zeit abgelaufen ist</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>2 plays twice as fast as recorded, 0.5 half as fast</source>
        <translation>2 spielt doppelt so schnell wie aufgezeichnet, 0,5 halb so schnell</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a step waits for its answer before it fails</source>
        <translation>Wie lange ein Schritt auf seine Antwort wartet, bevor er fehlschlägt</translation>
    </message>
    <message>
        <source>JSON paths left out when comparing, for example $.result.sessionId or $..etag</source>
        <translation>JSON-Pfade, die beim Vergleichen ausgelassen werden, zum Beispiel $.result.sessionId oder $..etag</translation>
    </message>
    <message>
        <source>Leaves out %1</source>
        <translation>Lässt %1 aus</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation>&amp;Gespräch:</translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>Se&amp;nden:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>Gesch&amp;windigkeit:</translation>
    </message>
    <message>
        <source>Response time&amp;out:</source>
        <translation>&amp;Antwort-Timeout:</translation>
    </message>
    <message>
        <source>Ignore When Comparing</source>
        <translation>Beim Vergleichen ignorieren</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Zusicherungen</translation>
    </message>
    <message>
        <source>client</source>
        <comment>connection role</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <comment>connection role</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>mock server</source>
        <comment>connection role</comment>
        <translation>Mock-Server</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s %n capture(s) apply too: %1.</source>
        <translation>
            <numerusform>Die Übernahme der Datei gilt ebenfalls: %1.</numerusform>
            <numerusform>Die %n Übernahmen der Datei gelten ebenfalls: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the URL of the server to replay against.</source>
        <translation>Geben Sie die URL des Servers ein, gegen den abgespielt werden soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ws:// or wss:// URL.</source>
        <translation>„%1“ ist keine ws://- oder wss://-URL.</translation>
    </message>
    <message>
        <source>The ignore path &quot;%1&quot; is not valid: %2</source>
        <translation>Der ignorierte Pfad „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Which recorded conversation to replay: a client connection (each connect of one that reconnected while recorded), or one peer of a recorded server</source>
        <translation>Welches aufgezeichnete Gespräch abgespielt wird: eine Client-Verbindung (bei erneutem Verbinden während der Aufzeichnung jeder Verbindungsaufbau einzeln) oder eine Gegenstelle eines aufgezeichneten Servers</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal number: 1st, 21st</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal number: 2nd, 22nd</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal number: 3rd, 23rd</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal number: 4th, 11th, 12th</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, %1 connect, recorded mid-connection</source>
        <translation>, %1 Verbindungsaufbau, mittendrin aufgezeichnet</translation>
    </message>
    <message>
        <source>, %1 connect (%2)</source>
        <translation>, %1 Verbindungsaufbau (%2)</translation>
    </message>
    <message>
        <source>, recorded mid-connection</source>
        <translation>, mittendrin aufgezeichnet</translation>
    </message>
    <message>
        <source>Connection %1 (%2)%3%4 · %5</source>
        <translation>Verbindung %1 (%2)%3%4 · %5</translation>
    </message>
    <message>
        <source>Connection %1, peer %2 (%3)%4%5 · %6</source>
        <translation>Verbindung %1, Gegenstelle %2 (%3)%4%5 · %6</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayResultsModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayRunner</name>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>not sent: the replay was aborted</source>
        <translation>nicht gesendet: die Wiederholung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the replay was aborted</source>
        <translation>die Wiederholung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the connection was closed (%1)</source>
        <translation>die Verbindung wurde geschlossen (%1)</translation>
    </message>
    <message>
        <source>the connection was closed (%1: %2)</source>
        <translation>die Verbindung wurde geschlossen (%1: %2)</translation>
    </message>
    <message>
        <source>variable {{%1}} is captured from step %2, which is not before this step</source>
        <translation>die Variable {{%1}} wird aus Schritt %2 übernommen, der nicht vor diesem Schritt liegt</translation>
    </message>
    <message>
        <source>variable substitution failed</source>
        <translation>das Einsetzen der Variablen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the connection refused the message</source>
        <translation>die Verbindung hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>step %1 got no JSON reply to capture {{%2}} from</source>
        <translation>Schritt %1 hat keine JSON-Antwort erhalten, aus der {{%2}} übernommen werden könnte</translation>
    </message>
    <message>
        <source>%1 selects nothing in the reply of step %2</source>
        <translation>%1 wählt in der Antwort von Schritt %2 nichts aus</translation>
    </message>
    <message>
        <source>capture {{%1}}: %2</source>
        <translation>Übernahme {{%1}}: %2</translation>
    </message>
    <message>
        <source>expected response:</source>
        <translation>erwartete Antwort:</translation>
    </message>
    <message>
        <source>actual response:</source>
        <translation>tatsächliche Antwort:</translation>
    </message>
    <message>
        <source>no response within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>reply %1: </source>
        <translation>Antwort %1: </translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>fehlt (erwartet: %1)</translation>
    </message>
    <message>
        <source>expected:</source>
        <translation>erwartet:</translation>
    </message>
    <message>
        <source>actual:</source>
        <translation>tatsächlich:</translation>
    </message>
    <message>
        <source>assertion failed: %1: %2</source>
        <translation>Zusicherung nicht erfüllt: %1: %2</translation>
    </message>
    <message>
        <source>no JSON reply to check</source>
        <translation>keine JSON-Antwort zum Prüfen</translation>
    </message>
    <message>
        <source>the path selects nothing</source>
        <translation>der Pfad wählt nichts aus</translation>
    </message>
    <message>
        <source>got %1</source>
        <translation>erhalten: %1</translation>
    </message>
    <message>
        <source>none arrived in time</source>
        <translation>keine ist rechtzeitig eingetroffen</translation>
    </message>
    <message>
        <source>no reply to time</source>
        <translation>keine Antwort, deren Zeit gemessen werden könnte</translation>
    </message>
    <message>
        <source>it took %1 ms</source>
        <translation>es dauerte %1 ms</translation>
    </message>
    <message>
        <source>the connection ended</source>
        <translation>die Verbindung wurde beendet</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>assertion</source>
        <translation>Zusicherung</translation>
    </message>
    <message>
        <source>assertion failed: %1: the replay has only %2 steps</source>
        <translation>Zusicherung nicht erfüllt: %1: die Wiederholung hat nur %2 Schritte</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayStepDetail</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation>Gesendet; warte auf die Antwort.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <source>Recorded answer %1 of %2</source>
        <translation>Aufgezeichnete Antwort %1 von %2</translation>
    </message>
    <message>
        <source>Recorded answer</source>
        <translation>Aufgezeichnete Antwort</translation>
    </message>
    <message>
        <source>Nothing came back for it in the recording.</source>
        <translation>In der Aufzeichnung kam darauf nichts zurück.</translation>
    </message>
    <message>
        <source>Expected (recorded)</source>
        <translation>Erwartet (aufgezeichnet)</translation>
    </message>
    <message>
        <source>Actual (received)</source>
        <translation>Tatsächlich (empfangen)</translation>
    </message>
    <message>
        <source>nothing arrived</source>
        <translation>nichts angekommen</translation>
    </message>
    <message numerus="yes">
        <source>Long messages are cut after %n line(s).</source>
        <translation>
            <numerusform>Lange Nachrichten werden nach %n Zeile gekürzt.</numerusform>
            <numerusform>Lange Nachrichten werden nach %n Zeilen gekürzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1 · latency %2</source>
        <translation>%1 · Latenz %2</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Was fehlschlug</translation>
    </message>
    <message>
        <source>Reply %1 of %2</source>
        <translation>Antwort %1 von %2</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>(highlighted: lines that differ; ignored paths can differ too)</source>
        <translation>(hervorgehoben: abweichende Zeilen; auch ignorierte Pfade können abweichen)</translation>
    </message>
    <message>
        <source>Not sent (as recorded)</source>
        <translation>Nicht gesendet (wie aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>Sockscope::SchemaField</name>
    <message>
        <source>default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>any JSON value</source>
        <translation>beliebiger JSON-Wert</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional: left out when empty</source>
        <translation>Optional: leer wird es weggelassen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>Einen Eintrag zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <source>the arguments</source>
        <translation>die Argumente</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>Sockscope::SchemaForm</name>
    <message>
        <source>No arguments.</source>
        <translation>Keine Argumente.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::SendFileDialog</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Each line as a message</source>
        <translation>Jede Zeile als Nachricht</translation>
    </message>
    <message>
        <source>The whole file as one message</source>
        <translation>Die ganze Datei als eine Nachricht</translation>
    </message>
    <message>
        <source>Send File</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>the file to send</source>
        <translation>die zu sendende Datei</translation>
    </message>
    <message>
        <source>One message per line, in order; an empty line is an empty message, as sockscope connect sends standard input</source>
        <translation>Eine Nachricht pro Zeile, der Reihe nach; eine leere Zeile ist eine leere Nachricht, wie sockscope connect die Standardeingabe sendet</translation>
    </message>
    <message>
        <source>One message with the file&apos;s content, up to the connection&apos;s max message size</source>
        <translation>Eine Nachricht mit dem Inhalt der Datei, bis zur größten Nachricht der Verbindung</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none: as fast as the socket takes them</source>
        <translation>keins: so schnell, wie der Socket sie nimmt</translation>
    </message>
    <message>
        <source>Time between two lines; 0 sends as fast as the socket takes them</source>
        <translation>Zeit zwischen zwei Zeilen; 0 sendet so schnell, wie der Socket sie nimmt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary: each line is hex</source>
        <translation>Binär: jede Zeile ist Hex</translation>
    </message>
    <message>
        <source>Binary: each line is base64</source>
        <translation>Binär: jede Zeile ist Base64</translation>
    </message>
    <message>
        <source>Binary: the file&apos;s bytes</source>
        <translation>Binär: die Bytes der Datei</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>Sockscope::SeriesChart</name>
    <message>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message numerus="yes">
        <source>max scale %1 · %n sample(s)</source>
        <translation>
            <numerusform>Skala bis %1 · %n Messwert</numerusform>
            <numerusform>Skala bis %1 · %n Messwerte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ServeCommand</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Send every message back to its sender (the default mode).</source>
        <translation>Jede Nachricht an ihren Absender zurückschicken (die Standardbetriebsart).</translation>
    </message>
    <message>
        <source>Send every message to every other peer.</source>
        <translation>Jede Nachricht an alle anderen Gegenstellen senden.</translation>
    </message>
    <message>
        <source>Only log what arrives.</source>
        <translation>Nur protokollieren, was ankommt.</translation>
    </message>
    <message>
        <source>Print only the URL and errors, not every event.</source>
        <translation>Nur die URL und Fehler ausgeben, nicht jedes Ereignis.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>choose one of --echo, --broadcast and --silent</source>
        <translation>nur eines von --echo, --broadcast und --silent wählen</translation>
    </message>
    <message>
        <source>Run a WebSocket server. The first line of standard output is the URL it listens on; every
event follows as one JSON line. Ctrl+C or SIGTERM closes every peer with 1001 and exits 0.
</source>
        <translation>Einen WebSocket-Server betreiben. Die erste Zeile der Standardausgabe ist die URL, auf der er lauscht;
jedes Ereignis folgt als eine JSON-Zeile. Strg+C oder SIGTERM schließt jede Gegenstelle mit 1001 und endet mit 0.
</translation>
    </message>
</context>
<context>
    <name>Sockscope::ServerConnection</name>
    <message>
        <source>the server stopped before the peer finished closing</source>
        <translation>der Server wurde beendet, bevor die Gegenstelle das Schließen abgeschlossen hat</translation>
    </message>
    <message>
        <source>wss needs both a certificate file and a key file</source>
        <translation>wss braucht eine Zertifikatsdatei und eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>the key in %1 does not belong to the certificate in %2</source>
        <translation>der Schlüssel in %1 gehört nicht zum Zertifikat in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>listening on %1, which other machines can reach</source>
        <translation>lauscht auf %1, das von anderen Rechnern aus erreichbar ist</translation>
    </message>
    <message>
        <source>%1 connections are still in their opening handshake; dropped the new one</source>
        <translation>%1 Verbindungen sind noch im Eröffnungs-Handshake; die neue wurde verworfen</translation>
    </message>
    <message>
        <source>the opening handshake did not finish within %1 ms</source>
        <translation>der Eröffnungs-Handshake wurde nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>the peer disconnected during the opening handshake</source>
        <translation>die Gegenstelle hat die Verbindung während des Eröffnungs-Handshakes getrennt</translation>
    </message>
    <message>
        <source>TLS handshake with the peer failed: %1</source>
        <translation>TLS-Handshake mit der Gegenstelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>there is no peer %1</source>
        <translation>es gibt keine Gegenstelle %1</translation>
    </message>
    <message>
        <source>%1 is not a close code that may be sent</source>
        <translation>%1 ist kein Close-Code, der gesendet werden darf</translation>
    </message>
    <message>
        <source>out of resources (probably the process&apos;s limit on open files, see ulimit -n)</source>
        <translation>keine Ressourcen mehr (vermutlich die Grenze des Prozesses für offene Dateien, siehe ulimit -n)</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1; trying again every %2 ms</source>
        <translation>kann keine Verbindung annehmen: %1; neuer Versuch alle %2 ms</translation>
    </message>
</context>
<context>
    <name>Sockscope::ServerDocument</name>
    <message>
        <source>Server :%1</source>
        <translation>Server :%1</translation>
    </message>
    <message>
        <source>New Server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <comment>server mode</comment>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Silent</source>
        <comment>server mode</comment>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Only log each message a peer sends</source>
        <translation>Jede Nachricht einer Gegenstelle nur protokollieren</translation>
    </message>
    <message>
        <source>Echo</source>
        <comment>server mode</comment>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Send each message back to its sender, as the same frame type</source>
        <translation>Jede Nachricht mit demselben Frame-Typ an ihren Absender zurückschicken</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <comment>server mode</comment>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>Send each message to every other open peer, as the same frame type</source>
        <translation>Jede Nachricht mit demselben Frame-Typ an alle anderen offenen Gegenstellen senden</translation>
    </message>
    <message>
        <source>What the server does with each message a peer sends (as sockscope serve --silent, --echo, --broadcast). A change applies at once, from the next message on.</source>
        <translation>Was der Server mit jeder Nachricht einer Gegenstelle macht (wie sockscope serve --silent, --echo, --broadcast). Eine Änderung gilt sofort, ab der nächsten Nachricht.</translation>
    </message>
    <message>
        <source>Server mode: %1. %2</source>
        <translation>Servermodus: %1. %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::ServerDocumentBase</name>
    <message>
        <source>stopping</source>
        <comment>server state</comment>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>listening</source>
        <comment>server state</comment>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>not listening</source>
        <comment>server state</comment>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>server state</comment>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>The new settings apply from the next start.</source>
        <translation>Die neuen Einstellungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The server is not listening.</source>
        <translation>Der Server lauscht nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n peer(s).</source>
        <translation>
            <numerusform>%1 an %n Gegenstelle gesendet.</numerusform>
            <numerusform>%1 an %n Gegenstellen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n peer(s) of group %2.</source>
        <translation>
            <numerusform>%1 an %n Gegenstelle der Gruppe %2 gesendet.</numerusform>
            <numerusform>%1 an %n Gegenstellen der Gruppe %2 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 to peer %2.</source>
        <translation>%1 an Gegenstelle %2 gesendet.</translation>
    </message>
    <message>
        <source>Not sent to peer %1: the frames say why.</source>
        <translation>Nicht an Gegenstelle %1 gesendet: die Frames sagen, warum.</translation>
    </message>
    <message>
        <source>Not sent: no open peer is in group %1. Choose another target under Send to.</source>
        <translation>Nicht gesendet: in Gruppe %1 ist keine offene Gegenstelle. Wählen Sie unter „Senden an“ ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Not sent: peer %1 is closed. Choose another target under Send to.</source>
        <translation>Nicht gesendet: Gegenstelle %1 ist geschlossen. Wählen Sie unter „Senden an“ ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Peer %1 is closed.</source>
        <translation>Gegenstelle %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Resent %1 to peer %2.</source>
        <translation>%1 erneut an Gegenstelle %2 gesendet.</translation>
    </message>
    <message>
        <source>Not resent to peer %1: the frames say why.</source>
        <translation>Nicht erneut an Gegenstelle %1 gesendet: die Frames sagen, warum.</translation>
    </message>
    <message>
        <source>Not sent: the server is not listening.</source>
        <translation>Nicht gesendet: der Server lauscht nicht.</translation>
    </message>
    <message>
        <source>Not sent: no peer is connected.</source>
        <translation>Nicht gesendet: keine Gegenstelle ist verbunden.</translation>
    </message>
</context>
<context>
    <name>Sockscope::ServerSettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>IP address to listen on; anything but loopback is reachable from other machines.</source>
        <translation>IP-Adresse, auf der gelauscht wird; alles außer Loopback ist von anderen Rechnern erreichbar.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebig frei</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>With a key: serve wss:// with this PEM certificate. Default: none (ws://).</source>
        <translation>Mit einem Schlüssel: wss:// mit diesem PEM-Zertifikat anbieten. Standard: keines (ws://).</translation>
    </message>
    <message>
        <source>PEM private key of the certificate (RSA or EC). Default: none.</source>
        <translation>Privater PEM-Schlüssel des Zertifikats (RSA oder EC). Standard: keiner.</translation>
    </message>
    <message>
        <source>Show credentials in the frames instead of &quot;[redacted]&quot;</source>
        <translation>Zugangsdaten in den Frames zeigen statt „[redacted]“</translation>
    </message>
    <message>
        <source>Tokens in the peers&apos; recorded handshake headers and query.</source>
        <translation>Tokens in den aufgezeichneten Handshake-Headern und Queries der Gegenstellen.</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS-Zertifikat:</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>TLS-Schlüssel:</translation>
    </message>
    <message>
        <source>Accept only these Origin headers, one per line; others get HTTP 403. Default: any origin.</source>
        <translation>Nur diese Origin-Header annehmen, einer pro Zeile; andere erhalten HTTP 403. Standard: jeder Origin.</translation>
    </message>
    <message>
        <source>Require this token as &quot;Authorization: Bearer TOKEN&quot; or in the query parameter below; others get HTTP 401. Default: no token.</source>
        <translation>Dieses Token als „Authorization: Bearer TOKEN“ oder im Query-Parameter unten verlangen; andere erhalten HTTP 401. Standard: kein Token.</translation>
    </message>
    <message>
        <source>Query parameter that may carry the token.</source>
        <translation>Query-Parameter, der das Token tragen darf.</translation>
    </message>
    <message>
        <source>Subprotocols to select, one per line, only when a client offers one.</source>
        <translation>Auszuwählende Subprotokolle, eines pro Zeile, nur wenn ein Client eines anbietet.</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Erlaubte Origins:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token parameter:</source>
        <translation>Token-Parameter:</translation>
    </message>
    <message>
        <source>Subprotocols:</source>
        <translation>Subprotokolle:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>wss:// needs both a certificate and its key.</source>
        <translation>wss:// braucht ein Zertifikat und seinen Schlüssel.</translation>
    </message>
    <message>
        <source>The token needs a query parameter name.</source>
        <translation>Das Token braucht einen Query-Parameternamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>„%1“ ist kein gültiger Subprotokollname.</translation>
    </message>
</context>
<context>
    <name>Sockscope::SessionFileDocument</name>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message numerus="yes">
        <source>Read-only session %1: %n event(s) of %2, recorded %3 by %4.</source>
        <translation>
            <numerusform>Schreibgeschützte Sitzung %1: %n Ereignis von %2, aufgezeichnet %3 mit %4.</numerusform>
            <numerusform>Schreibgeschützte Sitzung %1: %n Ereignisse von %2, aufgezeichnet %3 mit %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keiner Verbindung</translation>
    </message>
    <message>
        <source>an unknown application</source>
        <translation>einer unbekannten Anwendung</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>Sitzungsdatei</translation>
    </message>
    <message>
        <source>A session file is read-only.</source>
        <translation>Eine Sitzungsdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>Abs&amp;pielen …</translation>
    </message>
    <message>
        <source>Send this conversation again to a server and compare the answers (Ctrl+Shift+R)</source>
        <translation>Dieses Gespräch erneut an einen Server senden und die Antworten vergleichen (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>Sockscope::StatsPanel</name>
    <message>
        <source>Heartbeat round trip</source>
        <translation>Heartbeat-Umlaufzeit</translation>
    </message>
    <message>
        <source>JSON-RPC latency</source>
        <translation>JSON-RPC-Latenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <source>text + binary</source>
        <translation>Text + binär</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Requests from</source>
        <translation>Anfragen von</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;JSON-RPC methods&lt;/b&gt;</source>
        <translation>&lt;b&gt;JSON-RPC-Methoden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Uptime %1</source>
        <translation>Laufzeit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open peer(s)</source>
        <translation>
            <numerusform>%n offene Gegenstelle</numerusform>
            <numerusform>%n offene Gegenstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connects, %2 reconnects</source>
        <translation>%1 Verbindungen, %2 Neuverbindungen</translation>
    </message>
    <message>
        <source>queued %1 (peak %2)</source>
        <translation>wartend %1 (Spitze %2)</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message numerus="yes">
        <source>Round trip: last %1, min %2, avg %3, max %4 (%n sample(s))</source>
        <translation>
            <numerusform>Umlaufzeit: zuletzt %1, min. %2, Mittel %3, max. %4 (%n Messwert)</numerusform>
            <numerusform>Umlaufzeit: zuletzt %1, min. %2, Mittel %3, max. %4 (%n Messwerte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round trip: no heartbeat answered yet (turn a heartbeat on in the settings).</source>
        <translation>Umlaufzeit: noch kein Heartbeat beantwortet (Heartbeat in den Einstellungen einschalten).</translation>
    </message>
    <message>
        <source>here</source>
        <comment>requests sent from here</comment>
        <translation>hier</translation>
    </message>
    <message>
        <source>peer</source>
        <comment>requests the peer sent</comment>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>waiting for the socket: %1 unsent</source>
        <translation>warte auf den Socket: %1 ungesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s) for the socket</source>
        <translation>
            <numerusform>%n Pause für den Socket</numerusform>
            <numerusform>%n Pausen für den Socket</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::TargetSelector</name>
    <message>
        <source>Where the message goes: every open peer, the peers in a group, or one peer</source>
        <translation>Wohin die Nachricht geht: an jede offene Gegenstelle, an die Gegenstellen einer Gruppe oder an eine</translation>
    </message>
    <message>
        <source>All peers (broadcast)</source>
        <translation>Alle Gegenstellen (Broadcast)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Peer %1 (%2)</source>
        <translation>Gegenstelle %1 (%2)</translation>
    </message>
    <message>
        <source>Group %1 (no open peer)</source>
        <translation>Gruppe %1 (keine offene Gegenstelle)</translation>
    </message>
    <message>
        <source>Peer %1 (closed)</source>
        <translation>Gegenstelle %1 (geschlossen)</translation>
    </message>
</context>
<context>
    <name>Sockscope::WelcomePage</name>
    <message>
        <source>Sockscope</source>
        <translation>Sockscope</translation>
    </message>
    <message>
        <source>Inspector and test harness for WebSocket and for MCP over WebSocket.</source>
        <translation>Inspektor und Testumgebung für WebSocket und für MCP über WebSocket.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;client&lt;/b&gt; connects to a server and shows every frame both ways, JSON-RPC requests paired with their responses, and the connection&apos;s numbers. A &lt;b&gt;server&lt;/b&gt; listens, lists its peers, and sends to one peer, a group or all of them.&lt;/p&gt;&lt;p&gt;The same binary works without a display:&lt;/p&gt;&lt;pre&gt;sockscope connect ws://127.0.0.1:8080 --send &apos;{&quot;a&quot;:1}&apos; --count 1
sockscope serve --port 0 --echo&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Ein &lt;b&gt;Client&lt;/b&gt; verbindet sich mit einem Server und zeigt jeden Frame in beide Richtungen, JSON-RPC-Anfragen mit ihren Antworten gepaart und die Zahlen der Verbindung. Ein &lt;b&gt;Server&lt;/b&gt; lauscht, listet seine Gegenstellen und sendet an eine Gegenstelle, eine Gruppe oder alle.&lt;/p&gt;&lt;p&gt;Dasselbe Programm arbeitet auch ohne Bildschirm:&lt;/p&gt;&lt;pre&gt;sockscope connect ws://127.0.0.1:8080 --send &apos;{&quot;a&quot;:1}&apos; --count 1
sockscope serve --port 0 --echo&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>New Client…</source>
        <translation>Neuer Client …</translation>
    </message>
    <message>
        <source>Connect to a ws:// or wss:// server (Ctrl+N)</source>
        <translation>Zu einem ws://- oder wss://-Server verbinden (Strg+N)</translation>
    </message>
    <message>
        <source>New MCP Client…</source>
        <translation>Neuer MCP-Client …</translation>
    </message>
    <message>
        <source>Connect to an MCP server over WebSocket: initialise, list and call its tools (Ctrl+Shift+M)</source>
        <translation>Mit einem MCP-Server über WebSocket verbinden: initialisieren, seine Tools auflisten und aufrufen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>New Server…</source>
        <translation>Neuer Server …</translation>
    </message>
    <message>
        <source>Listen for WebSocket clients (Ctrl+Shift+N)</source>
        <translation>Auf WebSocket-Clients lauschen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>New Mock Server…</source>
        <translation>Neuer Mock-Server …</translation>
    </message>
    <message>
        <source>Run a mock MCP server for the client you are building (Ctrl+Shift+K)</source>
        <translation>Einen Mock-MCP-Server für den Client starten, den Sie entwickeln (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Open Session…</source>
        <translation>Sitzung öffnen …</translation>
    </message>
    <message>
        <source>Open a recorded session file to browse it or replay it (Ctrl+O)</source>
        <translation>Eine aufgezeichnete Sitzungsdatei öffnen, um sie anzusehen oder abzuspielen (Strg+O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent URLs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt benutzte URLs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent Sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt benutzte Sitzungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The URLs you connect to appear here.</source>
        <translation>Die URLs, mit denen Sie sich verbinden, erscheinen hier.</translation>
    </message>
    <message>
        <source>Session files you record, save or open appear here.</source>
        <translation>Sitzungsdateien, die Sie aufzeichnen, speichern oder öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open a client for %1</source>
        <translation>Einen Client für %1 öffnen</translation>
    </message>
</context>
<context>
    <name>SpinBoxes</name>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Standard: %2.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no usable PEM private key (RSA or EC)</source>
        <translation>%1 enthält keinen verwendbaren privaten PEM-Schlüssel (RSA oder EC)</translation>
    </message>
    <message>
        <source>the certificate file %1: %2</source>
        <translation>die Zertifikatsdatei %1: %2</translation>
    </message>
    <message>
        <source>the key file %1: %2</source>
        <translation>die Schlüsseldatei %1: %2</translation>
    </message>
</context>
<context>
    <name>UsageError</name>
    <message>
        <source>Try &apos;sockscope %1 --help&apos;.</source>
        <translation>Siehe ‚sockscope %1 --help‘.</translation>
    </message>
</context>
</TS>
