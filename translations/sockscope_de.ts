<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Give up on the opening handshake after MS milliseconds (default %1).</source>
        <translation>Den Eröffnungs-Handshake nach MS Millisekunden aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Wait MS milliseconds for the peer&apos;s close frame (default %1).</source>
        <translation>MS Millisekunden auf den Close-Frame der Gegenseite warten (Standard %1).</translation>
    </message>
    <message>
        <source>Reconnect after the connection drops, with exponential backoff.</source>
        <translation>Nach einem Verbindungsabbruch neu verbinden, mit exponentiellem Backoff.</translation>
    </message>
    <message>
        <source>First reconnect delay in milliseconds (default %1).</source>
        <translation>Erste Wartezeit vor dem Neuverbinden in Millisekunden (Standard %1).</translation>
    </message>
    <message>
        <source>Backoff factor between attempts (default %1).</source>
        <translation>Backoff-Faktor zwischen den Versuchen (Standard %1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Longest reconnect delay in milliseconds (default %1).</source>
        <translation>Längste Wartezeit vor dem Neuverbinden in Millisekunden (Standard %1).</translation>
    </message>
    <message>
        <source>Random spread of each delay, 0 to 1 (default %1).</source>
        <translation>Zufällige Streuung jeder Wartezeit, 0 bis 1 (Standard %1).</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Give up after N attempts; 0 means never (default %1).</source>
        <translation>Nach N Versuchen aufgeben; 0 heißt nie (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Start the backoff afresh after a connection stayed open MS milliseconds (default %1).</source>
        <translation>Den Backoff neu beginnen, nachdem eine Verbindung MS Millisekunden offen war (Standard %1).</translation>
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
    <message>
        <source>--reconnect-jitter takes a fraction between 0 and 1</source>
        <translation>--reconnect-jitter nimmt einen Anteil zwischen 0 und 1</translation>
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
    <name>CommandLine</name>
    <message>
        <source>Usage: sockscope [--lang CODE]                 open the desktop app
       sockscope connect URL [options]         scriptable WebSocket client (JSON lines)
       sockscope serve [options]               WebSocket server: echo, broadcast or log
       sockscope --version | --help

Run &apos;sockscope COMMAND --help&apos; for a command&apos;s options and exit codes.
--lang CODE picks the language (for example de or en); the default follows the system.
</source>
        <translation>Aufruf: sockscope [--lang CODE]                öffnet die Desktop-Anwendung
        sockscope connect URL [Optionen]       skriptfähiger WebSocket-Client (JSON-Zeilen)
        sockscope serve [Optionen]             WebSocket-Server: Echo, Rundsendung oder nur Protokoll
        sockscope --version | --help

‚sockscope BEFEHL --help‘ zeigt die Optionen und Exit-Codes eines Befehls.
--lang CODE wählt die Sprache (zum Beispiel de oder en); standardmäßig die des Systems.
</translation>
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
        <source>missing or malformed monotonicNs</source>
        <translation>monotonicNs fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>missing or malformed time</source>
        <translation>time fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>payload is not valid base64</source>
        <translation>die Nutzdaten sind kein gültiges Base64</translation>
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
    <name>LimitOptions</name>
    <message>
        <source>Close with 1009 when an incoming message exceeds BYTES; 0 = no limit (default %1).</source>
        <translation>Mit 1009 schließen, wenn eine eingehende Nachricht BYTES überschreitet; 0 = keine Grenze (Standard %1).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Fragment outgoing messages into frames of at most BYTES; 0 = never (default %1).</source>
        <translation>Ausgehende Nachrichten in Frames von höchstens BYTES aufteilen; 0 = nie (Standard %1).</translation>
    </message>
    <message>
        <source>High-water mark on unsent bytes (default %1).</source>
        <translation>Obergrenze für noch nicht gesendete Bytes (Standard %1).</translation>
    </message>
    <message>
        <source>When the send queue is full: reject, drop-oldest or close (default %1).</source>
        <translation>Wenn die Sendewarteschlange voll ist: reject, drop-oldest oder close (Standard %1).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>--on-queue-full takes reject, drop-oldest or close</source>
        <translation>--on-queue-full nimmt reject, drop-oldest oder close</translation>
    </message>
</context>
<context>
    <name>OptionParsing</name>
    <message>
        <source>--%1 needs a number of at least %2, not &quot;%3&quot;</source>
        <translation>--%1 braucht eine Zahl von mindestens %2, nicht „%3“</translation>
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
        <source>Refuse peers beyond N open connections with HTTP 503 (default %1).</source>
        <translation>Gegenstellen über N offene Verbindungen hinaus mit HTTP 503 abweisen (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
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
        <source>Drop a peer whose opening handshake takes longer than MS milliseconds (default %1).</source>
        <translation>Eine Gegenstelle trennen, deren Eröffnungs-Handshake länger als MS Millisekunden dauert (Standard %1).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Wait MS milliseconds for a peer&apos;s close frame (default %1).</source>
        <translation>MS Millisekunden auf den Close-Frame einer Gegenstelle warten (Standard %1).</translation>
    </message>
    <message>
        <source>Close a peer silent for MS milliseconds; 0 = never (default %1).</source>
        <translation>Eine Gegenstelle schließen, die MS Millisekunden still ist; 0 = nie (Standard %1).</translation>
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
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable PEM private key (RSA or EC)</source>
        <translation>%1 enthält keinen verwendbaren privaten PEM-Schlüssel (RSA oder EC)</translation>
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
</context>
<context>
    <name>Sockscope::ConnectCommand</name>
    <message>
        <source>Try &apos;sockscope connect --help&apos;.</source>
        <translation>Siehe ‚sockscope connect --help‘.</translation>
    </message>
    <message>
        <source>Connect to a WebSocket server and print every event as one JSON line on standard output.
Messages to send come from --send (in order, once the connection opens) and, when no --send
is given or with --stdin, from the lines of standard input. End of input closes the
connection normally unless --count or --timeout says how long to stay.

Exit codes:
  0  success
  1  bad command-line usage
  2  invalid URL or unusable settings (for example an unreadable certificate file)
  3  could not connect (host not found, connection refused, network error)
  4  the server refused or botched the WebSocket upgrade (HTTP status other than 101)
  5  TLS failure (certificate or TLS handshake)
  6  the opening handshake timed out
  7  the connection was lost or closed with a code other than 1000/1001
  8  ended (timeout or close) before --count messages arrived</source>
        <translation>Mit einem WebSocket-Server verbinden und jedes Ereignis als eine JSON-Zeile auf der Standardausgabe ausgeben.
Zu sendende Nachrichten kommen aus --send (der Reihe nach, sobald die Verbindung offen ist) und, wenn kein
--send angegeben ist oder mit --stdin, aus den Zeilen der Standardeingabe. Das Ende der Eingabe schließt die
Verbindung normal, sofern nicht --count oder --timeout sagen, wie lange sie bleiben soll.

Exit-Codes:
  0  Erfolg
  1  fehlerhafter Aufruf
  2  ungültige URL oder unbrauchbare Einstellungen (zum Beispiel eine unlesbare Zertifikatsdatei)
  3  keine Verbindung (Host nicht gefunden, Verbindung abgewiesen, Netzwerkfehler)
  4  der Server hat das WebSocket-Upgrade abgelehnt oder verpfuscht (HTTP-Status ungleich 101)
  5  TLS-Fehler (Zertifikat oder TLS-Handshake)
  6  Zeitüberschreitung beim Eröffnungs-Handshake
  7  die Verbindung brach ab oder wurde mit einem anderen Code als 1000/1001 geschlossen
  8  beendet (Zeitüberschreitung oder Schließen), bevor --count Nachrichten eintrafen</translation>
    </message>
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
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>not valid base64, not sent: &quot;%1&quot;</source>
        <translation>kein gültiges Base64, nicht gesendet: „%1“</translation>
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
        <source>Inspector and test harness for WebSocket and for MCP over WebSocket.</source>
        <translation>Inspektor und Testumgebung für WebSocket und für MCP über WebSocket.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The command line is ready. Every event of a connection is printed as one JSON line.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Client&lt;/b&gt;: handshake headers, subprotocols, Origin, Bearer, Basic and API key authentication, TLS options, RFC 6455, MCP and application-level heartbeats, reconnection with backoff, and size limits.&lt;/p&gt;&lt;pre&gt;sockscope connect ws://127.0.0.1:8080 --send &apos;{&quot;a&quot;:1}&apos; --count 1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Server&lt;/b&gt;: echo, broadcast or log; many peers, wss, Origin and token checks, connection limits, subprotocol selection.&lt;/p&gt;&lt;pre&gt;sockscope serve --port 0 --echo&lt;/pre&gt;&lt;p&gt;Run &lt;tt&gt;sockscope connect --help&lt;/tt&gt; or &lt;tt&gt;sockscope serve --help&lt;/tt&gt; for every option and the exit codes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Kommandozeile ist bereit. Jedes Ereignis einer Verbindung wird als eine JSON-Zeile ausgegeben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Client&lt;/b&gt;: Handshake-Kopfzeilen, Subprotokolle, Origin, Anmeldung per Bearer, Basic und API-Schlüssel, TLS-Optionen, Heartbeats nach RFC 6455, per MCP und auf Anwendungsebene, Neuverbinden mit Backoff sowie Größengrenzen.&lt;/p&gt;&lt;pre&gt;sockscope connect ws://127.0.0.1:8080 --send &apos;{&quot;a&quot;:1}&apos; --count 1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Server&lt;/b&gt;: Echo, Rundsendung oder nur Protokoll; viele Gegenstellen, wss, Prüfung von Origin und Token, Verbindungsgrenzen, Wahl des Subprotokolls.&lt;/p&gt;&lt;pre&gt;sockscope serve --port 0 --echo&lt;/pre&gt;&lt;p&gt;&lt;tt&gt;sockscope connect --help&lt;/tt&gt; oder &lt;tt&gt;sockscope serve --help&lt;/tt&gt; zeigt alle Optionen und die Exit-Codes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Sockscope::ServeCommand</name>
    <message>
        <source>Run a WebSocket server. The first line of standard output is the URL it listens on; every
event follows as one JSON line. Ctrl+C or SIGTERM closes every peer with 1001 and exits 0.

Exit codes:
  0  stopped by Ctrl+C or SIGTERM
  1  bad command-line usage
  2  cannot listen (address in use, bad host, unusable TLS files)</source>
        <translation>Einen WebSocket-Server betreiben. Die erste Zeile der Standardausgabe ist die URL, auf der er lauscht;
jedes Ereignis folgt als eine JSON-Zeile. Strg+C oder SIGTERM schließt jede Gegenstelle mit 1001 und endet mit 0.

Exit-Codes:
  0  durch Strg+C oder SIGTERM beendet
  1  fehlerhafter Aufruf
  2  Lauschen nicht möglich (Adresse belegt, ungültiger Host, unbrauchbare TLS-Dateien)</translation>
    </message>
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
        <source>Try &apos;sockscope serve --help&apos;.</source>
        <translation>Siehe ‚sockscope serve --help‘.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>choose one of --echo, --broadcast and --silent</source>
        <translation>nur eines von --echo, --broadcast und --silent wählen</translation>
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
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable PEM private key (RSA or EC)</source>
        <translation>%1 enthält keinen verwendbaren privaten PEM-Schlüssel (RSA oder EC)</translation>
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
    <message>
        <source>there is no peer %1</source>
        <translation>es gibt keine Gegenstelle %1</translation>
    </message>
    <message>
        <source>%1 is not a close code that may be sent</source>
        <translation>%1 ist kein Close-Code, der gesendet werden darf</translation>
    </message>
</context>
</TS>
