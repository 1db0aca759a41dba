<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>mentions from people the account does not follow</source>
        <translation>Erwähnungen von Personen, denen das Konto nicht folgt</translation>
    </message>
    <message>
        <source>mentions from people who do not follow the account</source>
        <translation>Erwähnungen von Personen, die dem Konto nicht folgen</translation>
    </message>
    <message>
        <source>mentions from accounts younger than 30 days</source>
        <translation>Erwähnungen von Konten, die jünger als 30 Tage sind</translation>
    </message>
    <message>
        <source>private mentions from people the account does not follow</source>
        <translation>private Erwähnungen von Personen, denen das Konto nicht folgt</translation>
    </message>
    <message>
        <source>mentions from accounts the server&apos;s moderators limited</source>
        <translation>Erwähnungen von Konten, die die Moderation des Servers eingeschränkt hat</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds back %2 (%n waiting there). Hearken shows them in the queue marked “held back”. To let them through, change “Filter notifications from…” in the notification settings on %1.</source>
        <translation>
            <numerusform>%1 hält %2 zurück (%n wartet dort). Hearken zeigt sie in der Warteschlange als „zurückgehalten“ an. Um sie durchzulassen, ändern Sie „Benachrichtigungen filtern von …“ in den Benachrichtigungseinstellungen auf %1.</numerusform>
            <numerusform>%1 hält %2 zurück (%n warten dort). Hearken zeigt sie in der Warteschlange als „zurückgehalten“ an. Um sie durchzulassen, ändern Sie „Benachrichtigungen filtern von …“ in den Benachrichtigungseinstellungen auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 discards %2, so that no app, Hearken included, can see them. To receive them, set them to accept or filter in the notification settings on %1.</source>
        <translation>%1 verwirft %2, sodass keine App sie sehen kann, auch Hearken nicht. Um sie zu erhalten, stellen Sie sie in den Benachrichtigungseinstellungen auf %1 auf „Akzeptieren“ oder „Filtern“.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hearken</source>
        <translation>Hearken</translation>
    </message>
    <message>
        <source>The tone model could not be loaded (%1). Tones stay as they are; corrections will not be learned.</source>
        <translation>Das Tonfall-Modell konnte nicht geladen werden (%1). Die Tonfälle bleiben, wie sie sind; Korrekturen werden nicht gelernt.</translation>
    </message>
</context>
<context>
    <name>hearken::AccountSync</name>
    <message numerus="yes">
        <source>Syncing… %n fetched</source>
        <translation>
            <numerusform>Synchronisierung … %n abgerufen</numerusform>
            <numerusform>Synchronisierung … %n abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new items</source>
        <translation>
            <numerusform>%n neuer Eintrag</numerusform>
            <numerusform>%n neue Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s service syncs this workspace&apos;s accounts and sends its replies.</source>
        <translation>Der Dienst des Teams synchronisiert die Konten dieses Arbeitsbereichs und sendet seine Antworten.</translation>
    </message>
</context>
<context>
    <name>hearken::AccountSyncer</name>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hearken::AdaptiveLayer</name>
    <message>
        <source>not a Hearken adaptation</source>
        <translation>keine Hearken-Anpassung</translation>
    </message>
    <message>
        <source>unsupported adaptation format version %1</source>
        <translation>nicht unterstützte Version %1 des Anpassungsformats</translation>
    </message>
    <message>
        <source>the adaptation is truncated or corrupt</source>
        <translation>die Anpassung ist abgeschnitten oder beschädigt</translation>
    </message>
</context>
<context>
    <name>hearken::AddAccountDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Add a %1 account</source>
        <translation>Ein %1-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>%1 Or choose Sign in anyway to use it.</source>
        <translation>%1 Oder wählen Sie „Trotzdem anmelden“, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Sign in &amp;anyway</source>
        <translation>&amp;Trotzdem anmelden</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hearken::Age</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 Wo.</translation>
    </message>
</context>
<context>
    <name>hearken::Appearance</name>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalActions</name>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>Frei&amp;gaben …</translation>
    </message>
    <message>
        <source>Replies that need appro&amp;val…</source>
        <translation>Freigabepflichtige &amp;Antworten …</translation>
    </message>
    <message>
        <source>Replies waiting for a supervisor&apos;s approval</source>
        <translation>Antworten, die auf die Freigabe durch eine Teamleitung warten</translation>
    </message>
    <message>
        <source>Choose whose replies, and which accounts&apos; replies, need approval</source>
        <translation>Festlegen, wessen Antworten und die Antworten welcher Konten eine Freigabe brauchen</translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalNotice</name>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent back by %1:&lt;/b&gt; %2&lt;br&gt;&lt;a href=&quot;revise:%3&quot;&gt;Revise the reply&lt;/a&gt;; sending it asks for approval again.</source>
        <translation>&lt;b&gt;Zurückgegeben von %1:&lt;/b&gt; %2&lt;br&gt;&lt;a href=&quot;revise:%3&quot;&gt;Antwort überarbeiten&lt;/a&gt;; beim Senden wird erneut um Freigabe gebeten.</translation>
    </message>
    <message>
        <source>Your reply waits for a supervisor&apos;s approval; it goes out once approved.</source>
        <translation>Ihre Antwort wartet auf die Freigabe durch eine Teamleitung; sie wird gesendet, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>Needs approval by a supervisor: your reply waits in Approvals until one approves it.</source>
        <translation>Braucht die Freigabe durch eine Teamleitung: Ihre Antwort wartet unter „Freigaben“, bis eine Teamleitung sie freigibt.</translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalRulesDialog</name>
    <message>
        <source>Replies that need approval</source>
        <translation>Antworten, die eine Freigabe brauchen</translation>
    </message>
    <message>
        <source>Replies by the people and on the accounts ticked here wait for a supervisor&apos;s approval before they go out.</source>
        <translation>Antworten der hier angekreuzten Personen und auf den hier angekreuzten Konten warten auf die Freigabe durch eine Teamleitung, bevor sie gesendet werden.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Their replies:</source>
        <translation>Ihre Antworten:</translation>
    </message>
    <message>
        <source>Every reply on:</source>
        <translation>Jede Antwort auf:</translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Zurückgeben …</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Replies waiting for your approval, oldest first. Approve (Ctrl+Return) sends one; Edit… changes its words and approves it; Send back… returns it to its author with a note.</source>
        <translation>Antworten, die auf Ihre Freigabe warten, die ältesten zuerst. „Freigeben“ (Strg+Eingabe) sendet eine; „Bearbeiten …“ ändert ihren Wortlaut und gibt sie frei; „Zurückgeben …“ gibt sie mit einer Notiz an ihre Autorin oder ihren Autor zurück.</translation>
    </message>
    <message>
        <source>Your replies waiting for a supervisor&apos;s approval, and those sent back to you with a note. Edit… revises one and asks again.</source>
        <translation>Ihre Antworten, die auf die Freigabe durch eine Teamleitung warten, und die mit einer Notiz an Sie zurückgegebenen. „Bearbeiten …“ überarbeitet eine und bittet erneut um Freigabe.</translation>
    </message>
    <message>
        <source>Replies for approval</source>
        <translation>Antworten zur Freigabe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Approve the reply: the outbox sends it (Ctrl+Return)</source>
        <translation>Die Antwort freigeben: Der Postausgang sendet sie (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation>Zurückgegeben von %1: %2</translation>
    </message>
    <message>
        <source>Edit and approve</source>
        <translation>Bearbeiten und freigeben</translation>
    </message>
    <message>
        <source>Revise the reply</source>
        <translation>Antwort überarbeiten</translation>
    </message>
    <message>
        <source>The reply as it goes out once you approve it:</source>
        <translation>Die Antwort, wie sie nach Ihrer Freigabe gesendet wird:</translation>
    </message>
    <message>
        <source>The reply as it goes to a supervisor again:</source>
        <translation>Die Antwort, wie sie erneut an eine Teamleitung geht:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut bitten</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>What should its author change? They see this beside their reply:</source>
        <translation>Was soll die Autorin oder der Autor ändern? Dies erscheint neben der Antwort:</translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalsEntry</name>
    <message>
        <source>Replies that need a supervisor&apos;s approval</source>
        <translation>Antworten, die die Freigabe durch eine Teamleitung brauchen</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
</context>
<context>
    <name>hearken::AssignMenu</name>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Me (%1)</source>
        <translation>&amp;Mir (%1)</translation>
    </message>
    <message>
        <source>Someone &amp;else…</source>
        <translation>&amp;Jemand anderem …</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Assign to (a new name adds a teammate):</source>
        <translation>Zuweisen an (ein neuer Name legt ein Teammitglied an):</translation>
    </message>
</context>
<context>
    <name>hearken::Backlog</name>
    <message>
        <source>under 1 h</source>
        <translation>unter 1 Std.</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 Std.</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 Std.</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>older</source>
        <translation>älter</translation>
    </message>
</context>
<context>
    <name>hearken::BacklogSection</name>
    <message>
        <source>Waiting now</source>
        <translation>Wartet jetzt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the item in the inbox.</source>
        <translation>Doppelklicken oder Eingabe drücken, um den Eintrag im Posteingang zu öffnen.</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Rückstand jetzt</translation>
    </message>
    <message>
        <source>Waiting longest — double-click to open in the inbox:</source>
        <translation>Warten am längsten – zum Öffnen im Posteingang doppelklicken:</translation>
    </message>
    <message>
        <source>%1 open items need a response; %2 are past their response target.</source>
        <translation>%1 offene Einträge brauchen eine Antwort; %2 haben ihr Antwortziel überschritten.</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Warten am längsten</translation>
    </message>
</context>
<context>
    <name>hearken::BackupSchedule</name>
    <message>
        <source>Hearken could not back up the workspace: %1</source>
        <translation>Hearken konnte den Arbeitsbereich nicht sichern: %1</translation>
    </message>
</context>
<context>
    <name>hearken::ChainFetcher</name>
    <message>
        <source>Bluesky no longer shows the posts above this one.</source>
        <translation>Bluesky zeigt die Beiträge über diesem nicht mehr an.</translation>
    </message>
</context>
<context>
    <name>hearken::ClassifyRunner</name>
    <message>
        <source>expected an object with a string field &quot;text&quot;</source>
        <translation>erwartet wurde ein Objekt mit dem Zeichenkettenfeld „text“</translation>
    </message>
    <message>
        <source>longer than %1 KiB</source>
        <translation>länger als %1 KiB</translation>
    </message>
    <message>
        <source>line %1: %2; classified by its first %3 KiB</source>
        <translation>Zeile %1: %2; nach den ersten %3 KiB eingestuft</translation>
    </message>
</context>
<context>
    <name>hearken::Composer</name>
    <message>
        <source>Like</source>
        <translation>„Gefällt mir“</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 waits for the account to sign in again</source>
        <translation>%1 wartet, bis das Konto wieder angemeldet ist</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 waits to be tried again at %2 (%3)</source>
        <translation>%1 wird um %2 erneut versucht (%3)</translation>
    </message>
    <message>
        <source>%1 sending…</source>
        <translation>%1 wird gesendet …</translation>
    </message>
    <message>
        <source>%1 sent ✓</source>
        <translation>%1 gesendet ✓</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Send &amp;&amp; done</source>
        <translation>Senden &amp;&amp; erledigt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Start from a saved reply; fill its {placeholders} before sending</source>
        <translation>Mit einer gespeicherten Antwort beginnen; füllen Sie ihre {Platzhalter} vor dem Senden aus</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Same audience as the mention</source>
        <translation>Gleiches Publikum wie die Erwähnung</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Nur Folgende</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Nur erwähnte Personen</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Write a reply… Ctrl+Enter sends, Ctrl+Shift+Enter sends and marks it done</source>
        <translation>Antwort schreiben … Strg+Eingabe sendet, Strg+Umschalt+Eingabe sendet und markiert als erledigt</translation>
    </message>
    <message>
        <source>Outbox state</source>
        <translation>Stand im Postausgang</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the reply and mark the item done (Ctrl+Shift+Enter)</source>
        <translation>Antwort senden und den Eintrag als erledigt markieren (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Thank them as the workspace&apos;s thanks setting says (T)</source>
        <translation>Danken, wie es die Dank-Einstellung des Arbeitsbereichs vorsieht (T)</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Gespeicherte Antworten …</translation>
    </message>
    <message>
        <source>Choose an item to reply to it.</source>
        <translation>Wählen Sie einen Eintrag, um darauf zu antworten.</translation>
    </message>
    <message>
        <source>To %1 on %2, as %3</source>
        <translation>An %1 auf %2, als %3</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending.</source>
        <translation>Füllen Sie vor dem Senden %1 aus.</translation>
    </message>
    <message>
        <source>Too long for %1: at most %2.</source>
        <translation>Zu lang für %1: höchstens %2.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Sounds like a robot: %1 other people got nearly the same words in the last two weeks. You can still send it; a personal touch helps.</source>
        <translation>Klingt nach einem Roboter: %1 andere Personen haben in den letzten zwei Wochen fast dieselben Worte bekommen. Sie können es trotzdem senden; eine persönliche Note hilft.</translation>
    </message>
    <message>
        <source>%1 queued; the team&apos;s service sends it</source>
        <translation>%1 in der Warteschlange; der Dienst des Teams sendet es</translation>
    </message>
    <message>
        <source>Someone else is replying</source>
        <translation>Jemand anderes antwortet gerade</translation>
    </message>
    <message>
        <source>%1 is replying to this since %2. Coordinate before you answer.</source>
        <translation>%1 antwortet hierauf seit %2. Stimmen Sie sich ab, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>%1 are replying to this since %2. Coordinate before you answer.</source>
        <translation>%1 antworten hierauf seit %2. Stimmen Sie sich ab, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>Write something after the @mentions first.</source>
        <translation>Schreiben Sie zuerst etwas nach den @-Erwähnungen.</translation>
    </message>
</context>
<context>
    <name>hearken::ConnectionBar</name>
    <message>
        <source>Try &amp;now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message numerus="yes">
        <source>The team database %1 cannot be reached. Hearken keeps showing what it has read and tries again every %n s.</source>
        <translation>
            <numerusform>Die Team-Datenbank %1 ist nicht erreichbar. Hearken zeigt weiter an, was es gelesen hat, und versucht es alle %n s erneut.</numerusform>
            <numerusform>Die Team-Datenbank %1 ist nicht erreichbar. Hearken zeigt weiter an, was es gelesen hat, und versucht es alle %n s erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearken::DamagedWorkspace</name>
    <message>
        <source>There is no backup of it in %1.</source>
        <translation>In %1 gibt es keine Sicherung davon.</translation>
    </message>
    <message>
        <source>Hearken can open a copy of its newest good backup, made %1. The damaged file stays as it is.</source>
        <translation>Hearken kann eine Kopie der neuesten intakten Sicherung vom %1 öffnen. Die beschädigte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Open newest backup</source>
        <translation>Neueste Sicherung öffnen</translation>
    </message>
    <message>
        <source>Cannot open the backup</source>
        <translation>Die Sicherung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Hearken could not copy the backup %1.</source>
        <translation>Hearken konnte die Sicherung %1 nicht kopieren.</translation>
    </message>
</context>
<context>
    <name>hearken::DeferredDeliverer</name>
    <message>
        <source>Sending was cancelled; it is tried again later.</source>
        <translation>Das Senden wurde abgebrochen; es wird später erneut versucht.</translation>
    </message>
</context>
<context>
    <name>hearken::DeliveryEngine</name>
    <message>
        <source>Hearken cannot post to %1 yet. Reply there, or discard this entry.</source>
        <translation>Hearken kann noch nicht auf %1 veröffentlichen. Antworten Sie dort oder verwerfen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>The account of a sent reply is gone.</source>
        <translation>Das Konto einer gesendeten Antwort gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hearken::DeskPresence</name>
    <message numerus="yes">
        <source>%1 is replying, %n more looking</source>
        <translation>
            <numerusform>%1 antwortet, %n weitere Person sieht zu</numerusform>
            <numerusform>%1 antwortet, %n weitere sehen zu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <translation>%1 antwortet</translation>
    </message>
    <message numerus="yes">
        <source>%1 are replying, %n more looking</source>
        <translation>
            <numerusform>%1 antworten, %n weitere Person sieht zu</numerusform>
            <numerusform>%1 antworten, %n weitere sehen zu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are replying</source>
        <translation>%1 antworten</translation>
    </message>
    <message>
        <source>%1 is looking</source>
        <translation>%1 sieht es sich an</translation>
    </message>
    <message>
        <source>%1 are looking</source>
        <translation>%1 sehen es sich an</translation>
    </message>
</context>
<context>
    <name>hearken::DesktopNotifier</name>
    <message>
        <source>New criticism</source>
        <translation>Neue Kritik</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>%1 items need an answer</source>
        <translation>%1 Einträge brauchen eine Antwort</translation>
    </message>
    <message>
        <source>New criticism and questions arrived.</source>
        <translation>Neue Kritik und Fragen sind eingetroffen.</translation>
    </message>
    <message>
        <source>%1 items need you</source>
        <translation>%1 Einträge brauchen Sie</translation>
    </message>
    <message>
        <source>Your teammates assigned items to you or need your answer.</source>
        <translation>Ihre Teammitglieder haben Ihnen Einträge zugewiesen oder brauchen Ihre Antwort.</translation>
    </message>
    <message>
        <source>%1 assigned an item to you</source>
        <translation>%1 hat Ihnen einen Eintrag zugewiesen</translation>
    </message>
    <message>
        <source>%1 handed an item over to you</source>
        <translation>%1 hat Ihnen einen Eintrag übergeben</translation>
    </message>
    <message>
        <source>%1 sent your reply back</source>
        <translation>%1 hat Ihre Antwort zurückgegeben</translation>
    </message>
    <message>
        <source>A reply by %1 waits for your approval</source>
        <translation>Eine Antwort von %1 wartet auf Ihre Freigabe</translation>
    </message>
</context>
<context>
    <name>hearken::EarlierReply</name>
    <message>
        <source>%1 from another app</source>
        <translation>%1 aus einer anderen App</translation>
    </message>
</context>
<context>
    <name>hearken::Event</name>
    <message>
        <source>%1 reopened it</source>
        <translation>%1 hat ihn wieder geöffnet</translation>
    </message>
    <message>
        <source>%1 marked it done</source>
        <translation>%1 hat ihn als erledigt markiert</translation>
    </message>
    <message>
        <source>%1 dismissed it as needing no reply</source>
        <translation>%1 hat ihn verworfen, weil er keine Antwort braucht</translation>
    </message>
    <message>
        <source>%1 snoozed it</source>
        <translation>%1 hat ihn zurückgestellt</translation>
    </message>
    <message>
        <source>%1 snoozed it until %2</source>
        <translation>%1 hat ihn bis %2 zurückgestellt</translation>
    </message>
    <message>
        <source>Its snooze ended; it is open again</source>
        <translation>Die Zurückstellung ist abgelaufen; er ist wieder offen</translation>
    </message>
    <message>
        <source>%1 unassigned it</source>
        <translation>%1 hat die Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation>%1 hat ihn %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 set the tone to %2</source>
        <translation>%1 hat den Tonfall auf „%2“ gesetzt</translation>
    </message>
    <message>
        <source>%1 marked it as a question</source>
        <translation>%1 hat ihn als Frage markiert</translation>
    </message>
    <message>
        <source>%1 marked it as not a question</source>
        <translation>%1 hat ihn als keine Frage markiert</translation>
    </message>
    <message>
        <source>%1 undid the last change</source>
        <translation>%1 hat die letzte Änderung rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 replied: “%2”</source>
        <translation>%1 hat geantwortet: „%2“</translation>
    </message>
    <message>
        <source>%1 liked it</source>
        <translation>%1 hat es mit „Gefällt mir“ markiert</translation>
    </message>
    <message>
        <source>%1 took their like back</source>
        <translation>%1 hat das „Gefällt mir“ zurückgenommen</translation>
    </message>
    <message>
        <source>%1 thanked them: “%2”</source>
        <translation>%1 hat sich bedankt: „%2“</translation>
    </message>
    <message>
        <source>%1 wrote a reply: “%2”</source>
        <translation>%1 hat eine Antwort geschrieben: „%2“</translation>
    </message>
    <message>
        <source>%1 asked to like it</source>
        <translation>%1 möchte es mit „Gefällt mir“ markieren</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 tried sending again</source>
        <translation>%1 hat erneut zu senden versucht</translation>
    </message>
    <message>
        <source>%1 edited the reply: “%2”</source>
        <translation>%1 hat die Antwort bearbeitet: „%2“</translation>
    </message>
    <message>
        <source>%1 discarded an unsent reply or like</source>
        <translation>%1 hat eine nicht gesendete Antwort oder ein „Gefällt mir“ verworfen</translation>
    </message>
    <message>
        <source>%1 noted: “%2”</source>
        <translation>%1 hat notiert: „%2“</translation>
    </message>
    <message>
        <source>%1 removed the note “%2”</source>
        <translation>%1 hat die Notiz „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 tagged it with the follow-up topic “%2”</source>
        <translation>%1 hat es dem Nachfass-Thema „%2“ zugeordnet</translation>
    </message>
    <message>
        <source>%1 took it off the follow-up topic “%2”</source>
        <translation>%1 hat es vom Nachfass-Thema „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 told them about “%2”</source>
        <translation>%1 hat die Person über „%2“ informiert</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 took it</source>
        <translation>%1 hat ihn übernommen</translation>
    </message>
    <message>
        <source>%1 took it from %2</source>
        <translation>%1 hat ihn von %2 übernommen</translation>
    </message>
    <message>
        <source>%1 handed it over to %2</source>
        <translation>%1 hat ihn an %2 übergeben</translation>
    </message>
    <message>
        <source>%1 handed it over to %2: “%3”</source>
        <translation>%1 hat ihn an %2 übergeben: „%3“</translation>
    </message>
    <message>
        <source>%1 chose to answer too, after seeing the reply already there: “%2”</source>
        <translation>%1 hat ebenfalls geantwortet, obwohl bereits eine Antwort vorlag: „%2“</translation>
    </message>
    <message>
        <source>Deleted by its author on %1; Hearken retired it from the queue</source>
        <translation>Am %1 von der Autorin oder dem Autor gelöscht; Hearken hat ihn aus der Warteschlange genommen</translation>
    </message>
    <message>
        <source>%1 changed the status of the topic “%2”</source>
        <translation>%1 hat den Status des Themas „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” open</source>
        <translation>%1 hat das Thema „%2“ als offen markiert</translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” shipped</source>
        <translation>%1 hat das Thema „%2“ als ausgeliefert markiert</translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” fixed</source>
        <translation>%1 hat das Thema „%2“ als behoben markiert</translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” declined</source>
        <translation>%1 hat das Thema „%2“ als abgelehnt markiert</translation>
    </message>
</context>
<context>
    <name>hearken::ExportFile</name>
    <message>
        <source>it is a folder; name a file in it</source>
        <translation>es ist ein Ordner; geben Sie eine Datei darin an</translation>
    </message>
    <message>
        <source>it is neither a file, a pipe nor a terminal</source>
        <translation>es ist weder eine Datei noch eine Pipe noch ein Terminal</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>hearken::FilterBar</name>
    <message>
        <source>Search posts and people</source>
        <translation>Beiträge und Personen durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Beliebige Markierung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Any tone</source>
        <translation>Beliebiger Tonfall</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation>Teammitglied %1</translation>
    </message>
</context>
<context>
    <name>hearken::Flag</name>
    <message>
        <source>Unanswered criticism</source>
        <translation>Unbeantwortete Kritik</translation>
    </message>
    <message>
        <source>Unanswered question</source>
        <translation>Unbeantwortete Frage</translation>
    </message>
    <message>
        <source>Unthanked praise</source>
        <translation>Lob ohne Dank</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>hearken::FlagChipsDelegate</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Beantworten</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>hearken::FollowUpsDialog</name>
    <message>
        <source>Mark &amp;shipped</source>
        <translation>Als &amp;ausgeliefert markieren</translation>
    </message>
    <message>
        <source>Mark &amp;fixed</source>
        <translation>Als &amp;behoben markieren</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Mark &amp;told</source>
        <translation>Als &amp;informiert markieren</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>People who raised it</source>
        <translation>Personen, die es angesprochen haben</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Ihre Worte</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>They were told some other way</source>
        <translation>Die Person wurde auf anderem Weg informiert</translation>
    </message>
    <message>
        <source>Everyone who raised it</source>
        <translation>Alle, die es angesprochen haben</translation>
    </message>
    <message>
        <source>%1 — %2, %3 of %4 told</source>
        <translation>%1 — %2, %3 von %4 informiert</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Hi {name}, you asked us for “%1” — it has shipped today. Thank you for the nudge, it helped!</source>
        <translation>Hallo {name}, Sie hatten uns nach „%1“ gefragt — es ist seit heute da. Danke für den Anstoß, er hat geholfen!</translation>
    </message>
    <message>
        <source>Hi {name}, you told us about “%1” — it is fixed now. Thank you for reporting it, and sorry for the trouble!</source>
        <translation>Hallo {name}, Sie hatten uns auf „%1“ hingewiesen — das ist jetzt behoben. Danke für die Meldung, und entschuldigen Sie die Umstände!</translation>
    </message>
</context>
<context>
    <name>hearken::HandOverDialog</name>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>What they should know: what was tried, what the person asked for, why you hand it over.</source>
        <translation>Was die Person wissen sollte: was versucht wurde, worum gebeten wurde, warum Sie es übergeben.</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>Ü&amp;bergeben</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>There is nobody else on the team to hand it to yet. A team admin adds people with hearken team add-person.</source>
        <translation>Es gibt noch niemanden sonst im Team, an den Sie es übergeben können. Die Administration des Teams fügt mit hearken team add-person Personen hinzu.</translation>
    </message>
</context>
<context>
    <name>hearken::HeadlineSection</name>
    <message>
        <source>Items received</source>
        <translation>Eingegangene Einträge</translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation>%1 gegenüber dem vorigen Zeitraum</translation>
    </message>
    <message>
        <source>Criticism answered</source>
        <translation>Beantwortete Kritik</translation>
    </message>
    <message>
        <source>%1 of %2; before: %3</source>
        <translation>%1 von %2; vorher: %3</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Praise thanked</source>
        <translation>Bedanktes Lob</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Erste Antwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>reopened after done: %1; several replies: %2</source>
        <translation>nach „erledigt“ wieder geöffnet: %1; mehrere Antworten: %2</translation>
    </message>
    <message>
        <source>replies given outside business hours count as no time; %1</source>
        <translation>Antworten außerhalb der Geschäftszeiten zählen mit null Zeit; %1</translation>
    </message>
</context>
<context>
    <name>hearken::HeldBackBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>hearken::InboxPage</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Filtered queue</source>
        <translation>Gefilterte Warteschlange</translation>
    </message>
    <message>
        <source>%1 — %2 in view</source>
        <translation>%1 – %2 in der Ansicht</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 ausgewählt</translation>
    </message>
    <message>
        <source>%1 · the item shown is not in this view</source>
        <translation>%1 · der angezeigte Eintrag ist nicht in dieser Ansicht</translation>
    </message>
</context>
<context>
    <name>hearken::ItemState</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>hearken::MainActions</name>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;sample workspace</source>
        <translation>B&amp;eispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht spei&amp;chern …</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Zurückstellen …</translation>
    </message>
    <message>
        <source>D&amp;ismiss (needs no reply)</source>
        <translation>Ve&amp;rwerfen (keine Antwort nötig)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Zuwe&amp;isen …</translation>
    </message>
    <message>
        <source>Tone: &amp;criticism</source>
        <translation>Tonfall: &amp;Kritik</translation>
    </message>
    <message>
        <source>Tone: &amp;praise</source>
        <translation>Tonfall: &amp;Lob</translation>
    </message>
    <message>
        <source>Tone: &amp;other</source>
        <translation>Tonfall: &amp;Sonstiges</translation>
    </message>
    <message>
        <source>Toggle &amp;question</source>
        <translation>Als &amp;Frage markieren oder nicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Hearken</source>
        <translation>Ü&amp;ber Hearken</translation>
    </message>
    <message>
        <source>Mark the selected items done (E)</source>
        <translation>Die ausgewählten Einträge als erledigt markieren (E)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Hide the selected items until later (S)</source>
        <translation>Die ausgewählten Einträge bis später ausblenden (S)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the selected items as needing no reply (D)</source>
        <translation>Die ausgewählten Einträge verwerfen, weil sie keine Antwort brauchen (D)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign the selected items to a teammate (A)</source>
        <translation>Die ausgewählten Einträge einem Teammitglied zuweisen (A)</translation>
    </message>
    <message>
        <source>Put the selected items back in the open queue (Shift+U)</source>
        <translation>Die ausgewählten Einträge zurück in die offene Warteschlange legen (Umschalt+U)</translation>
    </message>
    <message>
        <source>&amp;Forget tone corrections…</source>
        <translation>Tonfall-Korrekturen &amp;vergessen …</translation>
    </message>
    <message>
        <source>Go back to the shipped tone model, forgetting what this workspace&apos;s corrections taught it</source>
        <translation>Zum mitgelieferten Tonfall-Modell zurückkehren und vergessen, was die Korrekturen in diesem Arbeitsbereich ihm beigebracht haben</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Thank</source>
        <translation>&amp;Danken</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Follow-up &amp;topic…</source>
        <translation>Nachfass-The&amp;ma …</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Nach&amp;fassen</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>&amp;Mir zugewiesen</translation>
    </message>
    <message>
        <source>A &amp;like</source>
        <translation>Ein „&amp;Gefällt mir“</translation>
    </message>
    <message>
        <source>A short &amp;reply</source>
        <translation>Eine kurze &amp;Antwort</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Beides</translation>
    </message>
    <message>
        <source>New &amp;criticism</source>
        <translation>Neue &amp;Kritik</translation>
    </message>
    <message>
        <source>New &amp;questions</source>
        <translation>Neue &amp;Fragen</translation>
    </message>
    <message>
        <source>Write a reply to the current item (R)</source>
        <translation>Eine Antwort auf den aktuellen Eintrag schreiben (R)</translation>
    </message>
    <message>
        <source>Thank the author as the workspace&apos;s thanks setting says (T)</source>
        <translation>Der Person danken, wie es die Dank-Einstellung des Arbeitsbereichs vorsieht (T)</translation>
    </message>
    <message>
        <source>Add an internal note to the current item (N)</source>
        <translation>Dem aktuellen Eintrag eine interne Notiz hinzufügen (N)</translation>
    </message>
    <message>
        <source>Tag the selected items with a follow-up topic (L)</source>
        <translation>Die ausgewählten Einträge einem Nachfass-Thema zuordnen (L)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Aus&amp;wertung …</translation>
    </message>
    <message>
        <source>The backlog, the response record and trends, for supervisors (F9)</source>
        <translation>Rückstand, Antwortbilanz und Entwicklung, für die Teamleitung (F9)</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>Über&amp;geben …</translation>
    </message>
    <message>
        <source>Items &amp;assigned to me</source>
        <translation>Mir &amp;zugewiesene Einträge</translation>
    </message>
    <message>
        <source>My replies &amp;sent back</source>
        <translation>Meine zurückgegebenen Ant&amp;worten</translation>
    </message>
    <message>
        <source>Replies waiting for my a&amp;pproval</source>
        <translation>Antworten, die auf meine Frei&amp;gabe warten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the selected items yours (M)</source>
        <translation>Die ausgewählten Einträge übernehmen (M)</translation>
    </message>
    <message>
        <source>Give the selected items to a teammate with a note (H)</source>
        <translation>Die ausgewählten Einträge mit einer Notiz einem Teammitglied übergeben (H)</translation>
    </message>
</context>
<context>
    <name>hearken::MainWindow</name>
    <message>
        <source>Open my workspace</source>
        <translation>Meinen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Sample workspace — generated data, nothing here is real.</source>
        <translation>Beispiel-Arbeitsbereich – erzeugte Daten, nichts hiervon ist echt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Tone</source>
        <translation>&amp;Tonfall</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Hearken</source>
        <translation>Hearken</translation>
    </message>
    <message>
        <source>Sample workspace — Hearken</source>
        <translation>Beispiel-Arbeitsbereich – Hearken</translation>
    </message>
    <message>
        <source>%1 — Hearken</source>
        <translation>%1 – Hearken</translation>
    </message>
    <message>
        <source>The workspace “%1” is open. It has no accounts and no items yet.</source>
        <translation>Der Arbeitsbereich „%1“ ist geöffnet. Er hat noch keine Konten und keine Einträge.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Hearken could not open %1.</source>
        <translation>Hearken konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Hearken could not open %1: %2</source>
        <translation>Hearken konnte %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Hearken workspaces (*.hearken);;All files (*)</source>
        <translation>Hearken-Arbeitsbereiche (*.hearken);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Hearken</source>
        <translation>Über Hearken</translation>
    </message>
    <message>
        <source>Hearken %1</source>
        <translation>Hearken %1</translation>
    </message>
    <message>
        <source>Forget tone corrections</source>
        <translation>Tonfall-Korrekturen vergessen</translation>
    </message>
    <message>
        <source>This workspace&apos;s tone model has learned from %1 corrections. Forget them and go back to the shipped model? Tones already set stay as they are.</source>
        <translation>Das Tonfall-Modell dieses Arbeitsbereichs hat aus %1 Korrekturen gelernt. Diese vergessen und zum mitgelieferten Modell zurückkehren? Bereits festgelegte Tonfälle bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>A social inbox for community managers: answer criticism, thank people for kind words, and close the loop.

Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).

The tone model was trained on public research data: TweetEval (Barbieri et al., 2020), tweet-acts (Saha et al., 2019) and the VADER tweets (Hutto and Gilbert, 2014). Their terms are in the copyright file shipped with Hearken.</source>
        <translation>Ein sozialer Posteingang für Community-Manager: Kritik beantworten, sich für freundliche Worte bedanken und zeigen, was aus Rückmeldungen geworden ist.

Lizenziert unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later).

Das Tonmodell wurde mit öffentlichen Forschungsdaten trainiert: TweetEval (Barbieri et al., 2020), tweet-acts (Saha et al., 2019) und den VADER-Tweets (Hutto und Gilbert, 2014). Ihre Bedingungen stehen in der Copyright-Datei, die mit Hearken ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>T&amp;hank with</source>
        <translation>Dan&amp;ken mit</translation>
    </message>
    <message>
        <source>Replies still going out</source>
        <translation>Antworten werden noch gesendet</translation>
    </message>
    <message>
        <source>One reply or like has not gone out yet.</source>
        <translation>Eine Antwort oder ein „Gefällt mir“ ist noch nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 replies or likes have not gone out yet.</source>
        <translation>%1 Antworten oder „Gefällt mir“ sind noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Wait, and Hearken quits as soon as they are sent. Or quit now: nothing is lost, they go out the next time Hearken starts.</source>
        <translation>Warten Sie, und Hearken beendet sich, sobald sie gesendet sind. Oder beenden Sie jetzt: Nichts geht verloren, sie werden beim nächsten Start von Hearken gesendet.</translation>
    </message>
    <message>
        <source>&amp;Wait, then quit</source>
        <translation>&amp;Warten, dann beenden</translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation>Jetzt &amp;beenden</translation>
    </message>
    <message>
        <source>Quitting once the outbox is empty…</source>
        <translation>Hearken beendet sich, sobald der Postausgang leer ist …</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Accounts cannot be added to the sample workspace. Open your own workspace first.</source>
        <translation>Dem Beispiel-Arbeitsbereich können keine Konten hinzugefügt werden. Öffnen Sie zuerst Ihren eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;%1…</source>
        <translation>&amp;%1 …</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Not done: the team database cannot be reached, so nothing was changed. Try again once it is back.</source>
        <translation>Nicht ausgeführt: Die Team-Datenbank ist nicht erreichbar, daher wurde nichts geändert. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>Wieder mit der Team-Datenbank verbunden.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
</context>
<context>
    <name>hearken::NotesPanel</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation>Notizen zu diesem Eintrag</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add an internal note (never sent)… Return saves it</source>
        <translation>Interne Notiz hinzufügen (wird nie gesendet) … Eingabe speichert sie</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>hearken::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>B&amp;earbeiten und senden …</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>„Gefällt mir“</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>The reply (it is sent again with the same key, so it can never appear twice):</source>
        <translation>Die Antwort (sie wird mit demselben Schlüssel erneut gesendet und kann daher nie doppelt erscheinen):</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Replies and likes</source>
        <translation>Antworten und „Gefällt mir“</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>hearken::OutboxKind</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>„Gefällt mir“</translation>
    </message>
</context>
<context>
    <name>hearken::OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hearken::PostKind</name>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Our post</source>
        <translation>Eigener Beitrag</translation>
    </message>
</context>
<context>
    <name>hearken::PresenceMarkDelegate</name>
    <message>
        <source>%1 is replying since %2</source>
        <translation>%1 antwortet seit %2</translation>
    </message>
    <message>
        <source>%1 is looking since %2</source>
        <translation>%1 sieht es sich seit %2 an</translation>
    </message>
</context>
<context>
    <name>hearken::QueueModel</name>
    <message>
        <source>Set by a person</source>
        <translation>Von einer Person festgelegt</translation>
    </message>
    <message>
        <source>Sample label (generated data)</source>
        <translation>Beispiel-Einstufung (erzeugte Daten)</translation>
    </message>
    <message>
        <source>Guessed by the tone model (%1% sure)</source>
        <translation>Vom Tonfall-Modell geschätzt (%1 % sicher)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tone yet</source>
        <translation>Noch kein Tonfall</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Eingegangen: %1</translation>
    </message>
    <message>
        <source>What the item says about the brand. ✎: set by a person; italics: a sample label; plain: the tone model&apos;s guess.</source>
        <translation>Was der Eintrag über die Marke sagt. ✎: von einer Person festgelegt; kursiv: Beispiel-Einstufung; normal: Schätzung des Tonfall-Modells.</translation>
    </message>
    <message>
        <source>Reply: unanswered criticism. Answer: unanswered question. Thank: unthanked praise. Overdue: past its response target.</source>
        <translation>Antworten: unbeantwortete Kritik. Beantworten: unbeantwortete Frage. Danken: Lob ohne Dank. Überfällig: Antwortziel überschritten.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Deleted by its author · %1</source>
        <translation>Von der Autorin oder dem Autor gelöscht · %1</translation>
    </message>
    <message>
        <source>Held back · %1</source>
        <translation>Zurückgehalten · %1</translation>
    </message>
    <message>
        <source>The server&apos;s notification policy held this back: the account&apos;s own apps do not show it.</source>
        <translation>Die Benachrichtigungsrichtlinie des Servers hat dies zurückgehalten: Die eigenen Apps des Kontos zeigen es nicht an.</translation>
    </message>
    <message>
        <source>Deleted by its author; Hearken noticed it %1 and retired the item.</source>
        <translation>Von der Autorin oder dem Autor gelöscht; Hearken hat das bemerkt (%1) und den Eintrag aus der Warteschlange genommen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>hearken::QueueTable</name>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hearken::RecordSection</name>
    <message>
        <source>Response target</source>
        <translation>Antwortziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>Dismissed by</source>
        <translation>Verworfen von</translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation>Antwortziele</translation>
    </message>
    <message>
        <source>Dismissed as needing no reply</source>
        <translation>Verworfen, weil keine Antwort nötig</translation>
    </message>
    <message>
        <source>Items per assignee</source>
        <translation>Einträge je zuständiger Person</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
</context>
<context>
    <name>hearken::RepliesSection</name>
    <message>
        <source>Reply (one example)</source>
        <translation>Antwort (ein Beispiel)</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Wie oft gesendet</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>No reply was sent twice in the same words.</source>
        <translation>Keine Antwort wurde zweimal mit denselben Worten gesendet.</translation>
    </message>
    <message>
        <source>No topics were raised in this period.</source>
        <translation>In diesem Zeitraum wurden keine Themen angesprochen.</translation>
    </message>
    <message>
        <source>Robotic replies: the same words, again and again</source>
        <translation>Roboterhafte Antworten: immer wieder dieselben Worte</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
</context>
<context>
    <name>hearken::Report</name>
    <message>
        <source>A report needs a first and a last day, the last not before the first.</source>
        <translation>Ein Bericht braucht einen ersten und einen letzten Tag, der letzte nicht vor dem ersten.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days; %2 to %3 is %4 days. Choose a shorter period.</source>
        <translation>Ein Bericht umfasst höchstens %1 Tage; %2 bis %3 sind %4 Tage. Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
</context>
<context>
    <name>hearken::ReportPdf</name>
    <message>
        <source>Items received</source>
        <translation>Eingegangene Einträge</translation>
    </message>
    <message>
        <source>Criticism answered</source>
        <translation>Beantwortete Kritik</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Praise thanked</source>
        <translation>Bedanktes Lob</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Erste Antwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>Dismissed as needing no reply</source>
        <translation>Verworfen, weil keine Antwort nötig</translation>
    </message>
    <message>
        <source>Reopened after done</source>
        <translation>Nach „erledigt“ wieder geöffnet</translation>
    </message>
    <message>
        <source>Items with several replies</source>
        <translation>Einträge mit mehreren Antworten</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Wartet jetzt</translation>
    </message>
    <message>
        <source>%1 open items need a response; %2 are past their target.</source>
        <translation>%1 offene Einträge brauchen eine Antwort; %2 haben ihr Ziel überschritten.</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Warten am längsten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Antwortziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>Dismissed by</source>
        <translation>Verworfen von</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Robotic replies</source>
        <translation>Roboterhafte Antworten</translation>
    </message>
    <message>
        <source>No reply was sent twice in the same words.</source>
        <translation>Keine Antwort wurde zweimal mit denselben Worten gesendet.</translation>
    </message>
    <message>
        <source>Reply (one example)</source>
        <translation>Antwort (ein Beispiel)</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Wie oft gesendet</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>No topics were raised in this period.</source>
        <translation>In diesem Zeitraum wurden keine Themen angesprochen.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Time zone %1; %2.</source>
        <translation>Zeitzone %1; %2.</translation>
    </message>
    <message>
        <source>response times count every hour</source>
        <translation>Antwortzeiten zählen jede Stunde</translation>
    </message>
    <message>
        <source>response times count business hours (%1)</source>
        <translation>Antwortzeiten zählen Geschäftszeiten (%1)</translation>
    </message>
    <message>
        <source>Response record</source>
        <translation>Antwortbilanz</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Rückstand jetzt</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Items per assignee</source>
        <translation>Einträge je zuständiger Person</translation>
    </message>
    <message>
        <source>Drawing a PDF needs the graphical toolkit; run it from the window or the hearken command.</source>
        <translation>Zum Zeichnen eines PDF wird die grafische Oberfläche benötigt; starten Sie es aus dem Fenster oder mit dem Befehl hearken.</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>What waits on whom now</source>
        <translation>Was jetzt auf wen wartet</translation>
    </message>
</context>
<context>
    <name>hearken::ReportText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>First answer, median</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>First answer, 90th percentile</source>
        <translation>Erste Antwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Einträge</translation>
    </message>
    <message>
        <source>Oldest waits</source>
        <translation>Längste Wartezeiten</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Niemand (nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>hearken::ReviewSettingsDialog</name>
    <message>
        <source>Time zone and business hours</source>
        <translation>Zeitzone und Geschäftszeiten</translation>
    </message>
    <message>
        <source>mon-fri 09:00-17:00</source>
        <translation>mon-fri 09:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Geschäftszeiten:</translation>
    </message>
    <message>
        <source>Days and hours the team answers in, such as “mon-fri 09:00-17:00; sat 10:00-14:00”. Leave empty to count every hour. Response times in the review count only business hours.</source>
        <translation>Tage und Uhrzeiten, zu denen das Team antwortet, etwa „mon-fri 09:00-17:00; sat 10:00-14:00“. Leer lassen, um jede Stunde zu zählen. Antwortzeiten in der Auswertung zählen nur Geschäftszeiten.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; pick one from the list, such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt; wählen Sie eine aus der Liste, etwa Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>hearken::ReviewWindow</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Review — Hearken</source>
        <translation>Auswertung – Hearken</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n items to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Hours and zone…</source>
        <translation>&amp;Zeiten und Zone …</translation>
    </message>
    <message>
        <source>The time zone and business hours the review counts in</source>
        <translation>Die Zeitzone und die Geschäftszeiten, in denen die Auswertung zählt</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation>Zu&amp;ständig</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Die Kennzahlen werden berechnet …</translation>
    </message>
    <message>
        <source>response times count every hour</source>
        <translation>Antwortzeiten zählen jede Stunde</translation>
    </message>
    <message>
        <source>response times count business hours (%1)</source>
        <translation>Antwortzeiten zählen Geschäftszeiten (%1)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>There are no figures to export yet: wait until they are computed.</source>
        <translation>Es gibt noch keine Kennzahlen zum Exportieren: Warten Sie, bis sie berechnet sind.</translation>
    </message>
    <message>
        <source>Response review</source>
        <translation>Antwort-Auswertung</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Export the items of the period</source>
        <translation>Die Einträge des Zeitraums exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The team&apos;s figures are in %1.</source>
        <translation>Die Kennzahlen des Teams stehen in %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Hand over to %1</source>
        <translation>An %1 übergeben</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — time zone %2; %3. Compared with the %n days before.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; – Zeitzone %2; %3. Verglichen mit dem Tag davor.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; – Zeitzone %2; %3. Verglichen mit den %n Tagen davor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearken::SampleDeliverer</name>
    <message>
        <source>%1 refused the reply: it is longer than %2.</source>
        <translation>%1 hat die Antwort abgelehnt: Sie ist länger als %2.</translation>
    </message>
</context>
<context>
    <name>hearken::SampleWorkspace</name>
    <message>
        <source>Generating the sample workspace…</source>
        <translation>Der Beispiel-Arbeitsbereich wird erzeugt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>Beispiel-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>hearken::SavedViewTitle</name>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Unanswered criticism</source>
        <translation>Unbeantwortete Kritik</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Unbeantwortete Fragen</translation>
    </message>
    <message>
        <source>Unthanked praise</source>
        <translation>Lob ohne Dank</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>hearken::SecondAnswerPrompt</name>
    <message>
        <source>Already answered</source>
        <translation>Bereits beantwortet</translation>
    </message>
    <message>
        <source>%1 replied to this item at %2, while you were writing yours.</source>
        <translation>%1 hat um %2 auf diesen Eintrag geantwortet, während Sie Ihre Antwort geschrieben haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n other replies reached this item while you were writing yours.</source>
        <translation>
            <numerusform>%n andere Antwort hat diesen Eintrag erreicht, während Sie Ihre geschrieben haben.</numerusform>
            <numerusform>%n andere Antworten haben diesen Eintrag erreicht, während Sie Ihre geschrieben haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two answers to one person can confuse them. Send yours too, or keep it as a draft?</source>
        <translation>Zwei Antworten an eine Person können sie verwirren. Ihre Antwort ebenfalls senden oder als Entwurf behalten?</translation>
    </message>
    <message>
        <source>&amp;Send mine too</source>
        <translation>Meine auch &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
</context>
<context>
    <name>hearken::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>hearken::Sidebar</name>
    <message>
        <source>Views and accounts</source>
        <translation>Ansichten und Konten</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern …</translation>
    </message>
    <message>
        <source>Save the current filters as a view in this list</source>
        <translation>Die aktuellen Filter als Ansicht in dieser Liste speichern</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save current filters as a view…</source>
        <translation>Aktuelle Filter als Ansicht speichern …</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (a view with the same name is replaced):</source>
        <translation>Name der Ansicht (eine Ansicht gleichen Namens wird ersetzt):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The items in it are not affected.</source>
        <translation>Die Ansicht „%1“ löschen? Die Einträge darin bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>hearken::SidebarModel</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1-Konto %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 account %2: %3</source>
        <translation>%1-Konto %2: %3</translation>
    </message>
</context>
<context>
    <name>hearken::SnoozeMenu</name>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>In 3 Stunden</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Morgen um %1</translation>
    </message>
    <message>
        <source>Next Monday at %1</source>
        <translation>Nächsten Montag um %1</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Pick a date and time…</source>
        <translation>&amp;Datum und Uhrzeit wählen …</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>The item comes back to the queue at:</source>
        <translation>Der Eintrag kommt zurück in die Warteschlange am:</translation>
    </message>
</context>
<context>
    <name>hearken::TeamAddress</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>hearken::TeamOpener</name>
    <message>
        <source>Hearken could not keep the team workspace&apos;s password in the keychain (%1); it asks for it next time.</source>
        <translation>Hearken konnte das Passwort des Team-Arbeitsbereichs nicht im Schlüsselbund ablegen (%1); es fragt beim nächsten Mal danach.</translation>
    </message>
</context>
<context>
    <name>hearken::TeamSection</name>
    <message>
        <source>Nobody answered, thanked or handed over an item of this period from Hearken.</source>
        <translation>Niemand hat in diesem Zeitraum einen Eintrag aus Hearken heraus beantwortet, bedankt oder übergeben.</translation>
    </message>
    <message>
        <source>&amp;Assign their open items…</source>
        <translation>Offene Einträge dieser Personen &amp;zuweisen …</translation>
    </message>
    <message>
        <source>Hand &amp;over their open items…</source>
        <translation>Offene Einträge dieser Personen ü&amp;bergeben …</translation>
    </message>
    <message>
        <source>What waits on whom</source>
        <translation>Was auf wen wartet</translation>
    </message>
    <message>
        <source>The team in this period</source>
        <translation>Das Team in diesem Zeitraum</translation>
    </message>
    <message>
        <source>What waits on whom now</source>
        <translation>Was jetzt auf wen wartet</translation>
    </message>
</context>
<context>
    <name>hearken::TeamWorkspaceDialog</name>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marke</translation>
    </message>
    <message>
        <source>your name on the server</source>
        <translation>Ihr Name auf dem Server</translation>
    </message>
    <message>
        <source>the CA certificate your admin gave you</source>
        <translation>das CA-Zertifikat von Ihrer Administration</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A workspace your team shares lives on a PostgreSQL server. Your admin gives you its address and your user name.</source>
        <translation>Ein Arbeitsbereich, den Ihr Team gemeinsam nutzt, liegt auf einem PostgreSQL-Server. Ihre Administration nennt Ihnen seine Adresse und Ihren Benutzernamen.</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Immer, und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>No keychain is available; Hearken asks for the password each time.</source>
        <translation>Kein Schlüsselbund verfügbar; Hearken fragt jedes Mal nach dem Passwort.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter the server, the database and your user name.</source>
        <translation>Geben Sie den Server, die Datenbank und Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hearken::Thanks</name>
    <message>
        <source>Thank you so much, {name}!</source>
        <translation>Vielen herzlichen Dank, {name}!</translation>
    </message>
</context>
<context>
    <name>hearken::ThanksMode</name>
    <message>
        <source>Like</source>
        <translation>„Gefällt mir“</translation>
    </message>
    <message>
        <source>Short reply</source>
        <translation>Kurze Antwort</translation>
    </message>
    <message>
        <source>Like and reply</source>
        <translation>„Gefällt mir“ und Antwort</translation>
    </message>
</context>
<context>
    <name>hearken::ThreadPane</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Choose an item to read it in its conversation.</source>
        <translation>Wählen Sie einen Eintrag, um ihn in seiner Unterhaltung zu lesen.</translation>
    </message>
    <message>
        <source>This item cannot be shown.</source>
        <translation>Dieser Eintrag kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>our post</source>
        <translation>eigener Beitrag</translation>
    </message>
    <message>
        <source>our reply</source>
        <translation>eigene Antwort</translation>
    </message>
    <message>
        <source>Followers: %1</source>
        <translation>Follower: %1</translation>
    </message>
    <message>
        <source>Items here: %1</source>
        <translation>Einträge hier: %1</translation>
    </message>
    <message>
        <source>Criticism: %1</source>
        <translation>Kritik: %1</translation>
    </message>
    <message>
        <source>Praise: %1</source>
        <translation>Lob: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>Profile on %1</source>
        <translation>Profil auf %1</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>Eingegangen von %1</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>%1, set by a person</source>
        <translation>%1, von einer Person festgelegt</translation>
    </message>
    <message>
        <source>%1, the sample data&apos;s label</source>
        <translation>%1, Einstufung der Beispieldaten</translation>
    </message>
    <message>
        <source>%1, by the model (%2 sure)</source>
        <translation>%1, vom Modell (%2 sicher)</translation>
    </message>
    <message>
        <source>%1; asks a question</source>
        <translation>%1; stellt eine Frage</translation>
    </message>
    <message>
        <source>The model reads %1 (%2 sure)</source>
        <translation>Das Modell erkennt %1 (%2 sicher)</translation>
    </message>
    <message>
        <source>Words that weighed most: %1</source>
        <translation>Wörter mit dem größten Gewicht: %1</translation>
    </message>
    <message>
        <source>The model thinks it asks a question (%1 sure)</source>
        <translation>Das Modell hält ihn für eine Frage (%1 sicher)</translation>
    </message>
    <message>
        <source>The model thinks it asks no question (%1 sure)</source>
        <translation>Das Modell hält ihn für keine Frage (%1 sicher)</translation>
    </message>
    <message>
        <source>Most words are outside what the model knows (another language?), so its tone is only a guess.</source>
        <translation>Die meisten Wörter kennt das Modell nicht (eine andere Sprache?), sein Tonfall ist daher nur geraten.</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Fetching the earlier posts of this conversation…</source>
        <translation>Die früheren Beiträge dieser Unterhaltung werden abgerufen …</translation>
    </message>
    <message>
        <source>The earlier posts of this conversation could not be fetched: %1</source>
        <translation>Die früheren Beiträge dieser Unterhaltung konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>hearken::Tone</name>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>hearken::ToneClassifier</name>
    <message>
        <source>cannot open tone model %1: %2</source>
        <translation>das Tonfall-Modell %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>hearken::ToneEvaluation</name>
    <message>
        <source>the text and label files have different numbers of lines</source>
        <translation>die Text- und die Label-Datei haben unterschiedlich viele Zeilen</translation>
    </message>
    <message>
        <source>line %1: the label must be 0, 1 or 2</source>
        <translation>Zeile %1: das Label muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>texts: %1
macro-averaged recall: %2%
accuracy: %3%
</source>
        <translation>Texte: %1
makro-gemittelter Recall: %2 %
Accuracy: %3 %
</translation>
    </message>
    <message>
        <source>%1: precision %2%, recall %3%, %4 texts
</source>
        <translation>%1: Precision %2 %, Recall %3 %, %4 Texte
</translation>
    </message>
</context>
<context>
    <name>hearken::ToneModel</name>
    <message>
        <source>not a Hearken tone model file</source>
        <translation>keine Tonfall-Modelldatei von Hearken</translation>
    </message>
    <message>
        <source>unsupported tone model format version %1</source>
        <translation>nicht unterstützte Version %1 des Tonfall-Modellformats</translation>
    </message>
    <message>
        <source>the tone model was trained for feature scheme %1, this build uses %2</source>
        <translation>das Tonfall-Modell wurde für das Merkmalsschema %1 trainiert, dieser Build verwendet %2</translation>
    </message>
    <message>
        <source>the tone model has an invalid table size</source>
        <translation>das Tonfall-Modell hat eine ungültige Tabellengröße</translation>
    </message>
    <message>
        <source>the tone model has an invalid vocabulary</source>
        <translation>das Tonfall-Modell hat ein ungültiges Vokabular</translation>
    </message>
    <message>
        <source>the tone model file is truncated</source>
        <translation>die Tonfall-Modelldatei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the tone model file has trailing data</source>
        <translation>die Tonfall-Modelldatei hat überzählige Daten am Ende</translation>
    </message>
    <message>
        <source>the tone model file is corrupt (checksum mismatch)</source>
        <translation>die Tonfall-Modelldatei ist beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the tone model has invalid calibration values</source>
        <translation>das Tonfall-Modell hat ungültige Kalibrierungswerte</translation>
    </message>
</context>
<context>
    <name>hearken::TopicStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>hearken::TopicTagger</name>
    <message>
        <source>Follow-up topic</source>
        <translation>Nachfass-Thema</translation>
    </message>
    <message>
        <source>Tag with the topic (a new name starts a topic), to tell everyone who raised it when it ships:</source>
        <translation>Dem Thema zuordnen (ein neuer Name beginnt ein Thema), um alle, die es angesprochen haben, bei Auslieferung zu informieren:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Tag with “%1”</source>
        <translation>Dem Thema „%1“ zuordnen</translation>
    </message>
</context>
<context>
    <name>hearken::TrendChart</name>
    <message>
        <source>Items received</source>
        <translation>Eingegangene Einträge</translation>
    </message>
    <message>
        <source>Median first response (hours)</source>
        <translation>Erste Antwort, Median (Stunden)</translation>
    </message>
    <message>
        <source>Criticism answered (%)</source>
        <translation>Beantwortete Kritik (%)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. This period, week by week (each from its first day): %2. The period before: %3.</source>
        <translation>%1. Dieser Zeitraum, Woche für Woche (jeweils ab ihrem ersten Tag): %2. Der Zeitraum davor: %3.</translation>
    </message>
    <message>
        <source>%1. This period, day by day: %2. The period before: %3.</source>
        <translation>%1. Dieser Zeitraum, Tag für Tag: %2. Der Zeitraum davor: %3.</translation>
    </message>
</context>
<context>
    <name>hearken::TriageController</name>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Set tone to %1</source>
        <translation>Tonfall auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Mark as not a question</source>
        <translation>Als keine Frage markieren</translation>
    </message>
    <message>
        <source>Mark as a question</source>
        <translation>Als Frage markieren</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Hand over to %1</source>
        <translation>An %1 übergeben</translation>
    </message>
</context>
<context>
    <name>hearken::WeeklyHours</name>
    <message>
        <source>“%1” names days but no hours, as in “mon-fri 09:00-17:00”.</source>
        <translation>„%1“ nennt Tage, aber keine Uhrzeiten, wie in „mon-fri 09:00-17:00“.</translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days such as “mon-fri”.</source>
        <translation>„%1“ ist kein Tag und kein Bereich von Tagen wie „mon-fri“.</translation>
    </message>
    <message>
        <source>“%1” is not a span of hours such as “09:00-17:00”.</source>
        <translation>„%1“ ist keine Zeitspanne wie „09:00-17:00“.</translation>
    </message>
    <message>
        <source>Business hours overlap on %1.</source>
        <translation>Die Geschäftszeiten überschneiden sich am %1.</translation>
    </message>
</context>
<context>
    <name>hearken::WelcomePage</name>
    <message>
        <source>Welcome to Hearken</source>
        <translation>Willkommen bei Hearken</translation>
    </message>
    <message>
        <source>Hearken gathers the mentions, replies, quotes and comments addressed to your brand&apos;s accounts into one calm queue. Criticism and questions come first, kind words are not left unthanked, and your team can see who is answering what.</source>
        <translation>Hearken sammelt die Erwähnungen, Antworten, Zitate und Kommentare an die Konten Ihrer Marke in einer ruhigen Warteschlange. Kritik und Fragen kommen zuerst, freundliche Worte bleiben nicht ohne Dank, und Ihr Team sieht, wer was beantwortet.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Add your brand&apos;s %1 accounts. Your browser opens to sign in; Hearken never sees your password.</source>
        <translation>Fügen Sie die Konten Ihrer Marke hinzu (%1). Zur Anmeldung öffnet sich Ihr Browser; Hearken sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Add a &amp;%1 account…</source>
        <translation>&amp;%1-Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Open the &amp;sample workspace</source>
        <translation>B&amp;eispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Open a workspace file…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <source>Open a &amp;team workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <source>Or look around first: the sample workspace shows how Hearken works with a few hundred generated items from a made-up coffee brand. Nothing in it is real, and it is kept apart from your own workspace.</source>
        <translation>Oder sehen Sie sich zuerst um: Der Beispiel-Arbeitsbereich zeigt mit einigen hundert erzeugten Einträgen einer erfundenen Kaffeemarke, wie Hearken arbeitet. Nichts darin ist echt, und er bleibt von Ihrem eigenen Arbeitsbereich getrennt.</translation>
    </message>
    <message>
        <source>The sample workspace shows how Hearken works with a few hundred generated items from a made-up coffee brand. Nothing in it is real, and it is kept apart from your own workspace.</source>
        <translation>Der Beispiel-Arbeitsbereich zeigt mit einigen hundert erzeugten Einträgen einer erfundenen Kaffeemarke, wie Hearken arbeitet. Nichts darin ist echt, und er bleibt von Ihrem eigenen Arbeitsbereich getrennt.</translation>
    </message>
</context>
<context>
    <name>hearken::auth</name>
    <message>
        <source>No browser is available here. Set BROWSER to a command that opens %1, or open it yourself.</source>
        <translation>Hier ist kein Browser verfügbar. Setzen Sie BROWSER auf einen Befehl, der %1 öffnet, oder öffnen Sie die Adresse selbst.</translation>
    </message>
    <message>
        <source>The browser command is empty.</source>
        <translation>Der Browser-Befehl ist leer.</translation>
    </message>
    <message>
        <source>Could not start the browser &quot;%1&quot;.</source>
        <translation>Der Browser „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an access token.</source>
        <translation>%1 hat die Anmeldung ohne Zugriffstoken beantwortet.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A private key is %1 bytes long; this one has %2.</source>
        <translation>Ein privater Schlüssel ist %1 Bytes lang; dieser hat %2.</translation>
    </message>
    <message>
        <source>A public key is %1 bytes long; this one has %2.</source>
        <translation>Ein öffentlicher Schlüssel ist %1 Bytes lang; dieser hat %2.</translation>
    </message>
    <message>
        <source>The secret could not be sealed to the public key.</source>
        <translation>Das Geheimnis konnte nicht mit dem öffentlichen Schlüssel versiegelt werden.</translation>
    </message>
    <message>
        <source>The sealed secret is cut short: it cannot be opened.</source>
        <translation>Das versiegelte Geheimnis ist unvollständig: Es kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The sealed secret does not open with this key: it was sealed to another key, or changed since.</source>
        <translation>Das versiegelte Geheimnis lässt sich mit diesem Schlüssel nicht öffnen: Es wurde mit einem anderen Schlüssel versiegelt oder seitdem verändert.</translation>
    </message>
    <message>
        <source>The service key cannot be written to %1: %2.</source>
        <translation>Der Dienstschlüssel kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The service key %1 belongs to another user. The service must own its key: run it as that user, or give it the file (chown).</source>
        <translation>Der Dienstschlüssel %1 gehört einem anderen Benutzer. Der Dienst muss seinen Schlüssel besitzen: Starten Sie ihn als dieser Benutzer, oder übertragen Sie ihm die Datei (chown).</translation>
    </message>
    <message>
        <source>The service key %1 can be read by other users. Run `chmod 600 %1` and start the service again.</source>
        <translation>Der Dienstschlüssel %1 ist für andere Benutzer lesbar. Führen Sie `chmod 600 %1` aus und starten Sie den Dienst erneut.</translation>
    </message>
    <message>
        <source>The service key %1 cannot be read: %2.</source>
        <translation>Der Dienstschlüssel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no service key. Restore the service&apos;s key file, or move this file away so that a new key is made (desks then sign the accounts in again).</source>
        <translation>Die Datei %1 enthält keinen Dienstschlüssel. Stellen Sie die Schlüsseldatei des Dienstes wieder her, oder verschieben Sie diese Datei, damit ein neuer Schlüssel erzeugt wird (die Arbeitsplätze melden die Konten dann erneut an).</translation>
    </message>
    <message>
        <source>The workspace&apos;s id could not be read, so its secrets cannot be found. Open the workspace again.</source>
        <translation>Die Kennung des Arbeitsbereichs konnte nicht gelesen werden, daher sind seine Geheimnisse nicht auffindbar. Öffnen Sie den Arbeitsbereich erneut.</translation>
    </message>
</context>
<context>
    <name>hearken::auth::AuthorizationCodeFlow</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser came back from a different server than the one signing in.</source>
        <translation>Der Browser kam von einem anderen Server zurück als dem, bei dem die Anmeldung läuft.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (%1).</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
</context>
<context>
    <name>hearken::auth::LoopbackListener</name>
    <message>
        <source>You can close this tab and go back to Hearken.</source>
        <translation>Sie können diesen Tab schließen und zu Hearken zurückkehren.</translation>
    </message>
    <message>
        <source>Nobody finished signing in in the browser in time. Try again.</source>
        <translation>Niemand hat die Anmeldung im Browser rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not wait for the browser on this computer: %1</source>
        <translation>Auf den Browser kann auf diesem Computer nicht gewartet werden: %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Nicht hier</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The server said: %1. You can close this tab.</source>
        <translation>Der Server meldet: %1. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The browser came back only from a sign-in Hearken did not start (the state did not match). Nothing was signed in; try again.</source>
        <translation>Der Browser kam nur von einer Anmeldung zurück, die Hearken nicht begonnen hat (der „state“ stimmte nicht überein). Es wurde nichts angemeldet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>This answer is not for the sign-in Hearken is waiting for. Go back to Hearken and start signing in again if you need to.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die Hearken wartet. Kehren Sie zu Hearken zurück und beginnen Sie die Anmeldung bei Bedarf neu.</translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::AccountAdder</name>
    <message>
        <source>“%1” is not a Bluesky handle: %2. A handle looks like yourname.bsky.social.</source>
        <translation>„%1“ ist kein Bluesky-Handle: %2. Ein Handle sieht aus wie ihrname.bsky.social.</translation>
    </message>
    <message>
        <source>No browser to sign in with; use an app password instead.</source>
        <translation>Kein Browser für die Anmeldung vorhanden; verwenden Sie stattdessen ein App-Passwort.</translation>
    </message>
    <message>
        <source>The sign-in servers</source>
        <translation>Die Anmeldeserver</translation>
    </message>
    <message>
        <source>Opening the browser to sign in to %1…</source>
        <translation>Der Browser wird zur Anmeldung bei %1 geöffnet …</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht …</translation>
    </message>
    <message>
        <source>%1 could not be found: %2</source>
        <translation>%1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Das Konto wird gespeichert …</translation>
    </message>
    <message>
        <source>The keychain did not take the Bluesky session (%1); nothing was added.</source>
        <translation>Der Schlüsselbund hat die Bluesky-Sitzung nicht angenommen (%1); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check the address and the connection, or try again later.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie die Adresse und die Verbindung, oder versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::FormSignIn</name>
    <message>
        <source>Type the account&apos;s handle and sign in in your browser: Hearken never sees your Bluesky password.</source>
        <translation>Geben Sie das Handle des Kontos ein und melden Sie sich in Ihrem Browser an: Hearken sieht Ihr Bluesky-Passwort nie.</translation>
    </message>
    <message>
        <source>Add a Bluesky account. Signs in with AT Protocol OAuth in the browser ($BROWSER); with --app-password, with an app password read from HEARKEN_BLUESKY_APP_PASSWORD or the first line of standard input (never put it on the command line).</source>
        <translation>Ein Bluesky-Konto hinzufügen. Meldet sich mit AT Protocol OAuth im Browser an ($BROWSER); mit --app-password mit einem App-Passwort aus HEARKEN_BLUESKY_APP_PASSWORD oder aus der ersten Zeile der Standardeingabe (geben Sie es nie auf der Befehlszeile an).</translation>
    </message>
    <message>
        <source>For self-hosted servers. Leave empty to use Bluesky&apos;s own services.</source>
        <translation>Für selbst betriebene Server. Leer lassen, um die Dienste von Bluesky selbst zu verwenden.</translation>
    </message>
    <message>
        <source>Bluesky handle</source>
        <translation>Bluesky-Handle</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>The account&apos;s handle.</source>
        <translation>Das Handle des Kontos.</translation>
    </message>
    <message>
        <source>yourname.bsky.social</source>
        <translation>ihrname.bsky.social</translation>
    </message>
    <message>
        <source>Type the account&apos;s handle, for example yourname.bsky.social.</source>
        <translation>Geben Sie das Handle des Kontos ein, zum Beispiel ihrname.bsky.social.</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App-Pa&amp;sswort:</translation>
    </message>
    <message>
        <source>Sign in with an app password instead of OAuth (fallback).</source>
        <translation>Mit einem App-Passwort statt mit OAuth anmelden (Ausweichlösung).</translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>Only if signing in in the browser does not work: create an app password in Bluesky under Settings → Privacy and security → App passwords. Never use your account password here.</source>
        <translation>Nur wenn die Anmeldung im Browser nicht funktioniert: Erstellen Sie in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter ein App-Passwort. Verwenden Sie hier nie das Passwort Ihres Kontos.</translation>
    </message>
    <message>
        <source>Type the app password, or sign in in the browser instead.</source>
        <translation>Geben Sie das App-Passwort ein, oder melden Sie sich stattdessen im Browser an.</translation>
    </message>
    <message>
        <source>Use an &amp;app password</source>
        <translation>App-Passwort &amp;verwenden</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser (recommended)</source>
        <translation>Im &amp;Browser anmelden (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Time-out (s):</source>
        <translation>&amp;Zeitbegrenzung (s):</translation>
    </message>
    <message>
        <source>Seconds the servers get to look the account up and sign in (default %1).</source>
        <translation>Sekunden, die die Server haben, um das Konto zu finden und anzumelden (Standard: %1).</translation>
    </message>
    <message>
        <source>PDS</source>
        <translation>PDS</translation>
    </message>
    <message>
        <source>&amp;PDS:</source>
        <translation>&amp;PDS:</translation>
    </message>
    <message>
        <source>The account&apos;s PDS, when it cannot be found from the handle.</source>
        <translation>Der PDS des Kontos, wenn er sich nicht über das Handle finden lässt.</translation>
    </message>
    <message>
        <source>found from the handle</source>
        <translation>über das Handle gefunden</translation>
    </message>
    <message>
        <source>PLC directory</source>
        <translation>PLC-Verzeichnis</translation>
    </message>
    <message>
        <source>P&amp;LC directory:</source>
        <translation>P&amp;LC-Verzeichnis:</translation>
    </message>
    <message>
        <source>The PLC directory (default https://plc.directory).</source>
        <translation>Das PLC-Verzeichnis (Standard: https://plc.directory).</translation>
    </message>
    <message>
        <source>Handle &amp;resolver:</source>
        <translation>Handle-Au&amp;flöser:</translation>
    </message>
    <message>
        <source>A server that resolves handles (default https://bsky.social).</source>
        <translation>Ein Server, der Handles auflöst (Standard: https://bsky.social).</translation>
    </message>
    <message>
        <source>OAuth &amp;client metadata:</source>
        <translation>OAuth-&amp;Client-Metadaten:</translation>
    </message>
    <message>
        <source>The OAuth client metadata URL your organisation hosts (default: the loopback client id, for development).</source>
        <translation>Die URL der OAuth-Client-Metadaten, die Ihre Organisation bereitstellt (Standard: die Loopback-Client-ID, für die Entwicklung).</translation>
    </message>
    <message>
        <source>the loopback client id</source>
        <translation>die Loopback-Client-ID</translation>
    </message>
    <message>
        <source>This does not look like an app password (xxxx-xxxx-xxxx-xxxx): it may be the account&apos;s main password, which gives full control of the account. Create an app password in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Das sieht nicht wie ein App-Passwort aus (xxxx-xxxx-xxxx-xxxx): Es könnte das Hauptpasswort des Kontos sein, das die volle Kontrolle über das Konto gibt. Erstellen Sie in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter ein App-Passwort.</translation>
    </message>
    <message>
        <source>No app password: set %1 or write it to standard input.</source>
        <translation>Kein App-Passwort: Setzen Sie %1, oder schreiben Sie es in die Standardeingabe.</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Zeitbegrenzung</translation>
    </message>
    <message>
        <source>The time-out takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>Die Zeitbegrenzung erwartet eine Anzahl Sekunden von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>The PDS address is not a web address: %1</source>
        <translation>Die Adresse des PDS ist keine Web-Adresse: %1</translation>
    </message>
    <message>
        <source>The PLC directory address is not a web address: %1</source>
        <translation>Die Adresse des PLC-Verzeichnisses ist keine Web-Adresse: %1</translation>
    </message>
    <message>
        <source>Handle resolver</source>
        <translation>Handle-Auflöser</translation>
    </message>
    <message>
        <source>The handle resolver address is not a web address: %1</source>
        <translation>Die Adresse des Handle-Auflösers ist keine Web-Adresse: %1</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Client-Metadaten</translation>
    </message>
    <message>
        <source>The client metadata address is not a web address: %1</source>
        <translation>Die Adresse der Client-Metadaten ist keine Web-Adresse: %1</translation>
    </message>
    <message>
        <source>Added @%1 (%2), signed in with OAuth.</source>
        <translation>@%1 (%2) hinzugefügt, angemeldet mit OAuth.</translation>
    </message>
    <message>
        <source>Added @%1 (%2), signed in with an app password.</source>
        <translation>@%1 (%2) hinzugefügt, angemeldet mit einem App-Passwort.</translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::OAuthSignIn</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be found: %2</source>
        <translation>%1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>The authorization server signed in a different account than %1, or without DPoP.</source>
        <translation>Der Autorisierungsserver hat ein anderes Konto als %1 angemeldet oder ohne DPoP.</translation>
    </message>
    <message>
        <source>The authorization server %1 did not describe itself: %2</source>
        <translation>Der Autorisierungsserver %1 hat sich nicht beschrieben: %2</translation>
    </message>
    <message>
        <source>The authorization server refused the sign-in request: %1</source>
        <translation>Der Autorisierungsserver hat die Anmeldeanfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>no request_uri</source>
        <translation>keine request_uri</translation>
    </message>
    <message>
        <source>its PDS names no authorization server</source>
        <translation>sein PDS nennt keinen Autorisierungsserver</translation>
    </message>
    <message>
        <source>%1 is not an AT Protocol authorization server Hearken can use (issuer, authorization, PAR or token endpoint, or ES256 DPoP missing).</source>
        <translation>%1 ist kein AT-Protocol-Autorisierungsserver, den Hearken verwenden kann (Aussteller, Autorisierungs-, PAR- oder Token-Endpunkt oder ES256-DPoP fehlt).</translation>
    </message>
    <message>
        <source>%1 names sign-in addresses Hearken will not use.</source>
        <translation>%1 nennt Anmeldeadressen, die Hearken nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::Syncer</name>
    <message>
        <source>The Bluesky sign-in expired or was revoked: sign in again.</source>
        <translation>Die Bluesky-Anmeldung ist abgelaufen oder wurde widerrufen: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>hearken::cli</name>
    <message>
        <source>Print the queue (same filters as the window).</source>
        <translation>Die Warteschlange ausgeben (dieselben Filter wie im Fenster).</translation>
    </message>
    <message>
        <source>Add N generated sample items.</source>
        <translation>N erzeugte Beispiel-Einträge hinzufügen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run hearken --help for the list.</source>
        <translation>Unbekannter Befehl „%1“. hearken --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Add generated sample items (clearly marked as sample data) to a workspace.</source>
        <translation>Einem Arbeitsbereich erzeugte Beispiel-Einträge hinzufügen (deutlich als Beispieldaten gekennzeichnet).</translation>
    </message>
    <message>
        <source>How many items to add.</source>
        <translation>Wie viele Einträge hinzukommen.</translation>
    </message>
    <message>
        <source>Seed for reproducible data (default: random).</source>
        <translation>Startwert für reproduzierbare Daten (Standard: zufällig).</translation>
    </message>
    <message>
        <source>How many days back the items reach (default: 365).</source>
        <translation>Wie viele Tage die Einträge zurückreichen (Standard: 365).</translation>
    </message>
    <message>
        <source>Usage: hearken import-sample COUNT [--days DAYS] [--seed NUMBER]; COUNT and DAYS are positive numbers.</source>
        <translation>Aufruf: hearken import-sample ANZAHL [--days TAGE] [--seed ZAHL]; ANZAHL und TAGE sind positive Zahlen.</translation>
    </message>
    <message>
        <source>%1 has real accounts; sample data would mix with them. Choose another workspace with --workspace.</source>
        <translation>%1 hat echte Konten; Beispieldaten würden sich mit ihnen vermischen. Wählen Sie mit --workspace einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Added %1 sample items to %2 in %3 s (%4 items/s).</source>
        <translation>%1 Beispiel-Einträge in %3 s zu %2 hinzugefügt (%4 Einträge/s).</translation>
    </message>
    <message>
        <source>Print the queue, most urgent first.</source>
        <translation>Die Warteschlange ausgeben, das Dringendste zuerst.</translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation>JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Print at most this many items; 0 for all (default: 100, or all with --json).</source>
        <translation>Höchstens so viele Einträge ausgeben; 0 für alle (Standard: 100, mit --json alle).</translation>
    </message>
    <message>
        <source>--limit takes a number, 0 or more.</source>
        <translation>--limit erwartet eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 items; --limit 0 shows all.</source>
        <translation>%1 von %2 Einträgen angezeigt; --limit 0 zeigt alle.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Unbekannter Wert „%2“ für %1; möglich sind: %3.</translation>
    </message>
    <message>
        <source>Only items with this flag: unanswered-criticism, unanswered-question, unthanked-praise, overdue.</source>
        <translation>Nur Einträge mit dieser Markierung: unanswered-criticism, unanswered-question, unthanked-praise, overdue.</translation>
    </message>
    <message>
        <source>Comma-separated states: open, snoozed, done, dismissed, or all (default: open).</source>
        <translation>Status, durch Kommas getrennt: open, snoozed, done, dismissed oder all (Standard: open).</translation>
    </message>
    <message>
        <source>Only this network (mastodon, bluesky, ...).</source>
        <translation>Nur dieses Netzwerk (mastodon, bluesky, …).</translation>
    </message>
    <message>
        <source>Only this account, by id or handle.</source>
        <translation>Nur dieses Konto, nach ID oder Handle.</translation>
    </message>
    <message>
        <source>Only this tone: criticism, praise, other.</source>
        <translation>Nur dieser Tonfall: criticism, praise, other.</translation>
    </message>
    <message>
        <source>Only items assigned to this teammate, me, or none.</source>
        <translation>Nur Einträge, die diesem Teammitglied zugewiesen sind; me für Sie selbst, none für niemanden.</translation>
    </message>
    <message>
        <source>Full-text search in text and author names.</source>
        <translation>Volltextsuche in Texten und Autorennamen.</translation>
    </message>
    <message>
        <source>The workspace file to use.</source>
        <translation>Die zu verwendende Arbeitsbereich-Datei.</translation>
    </message>
    <message>
        <source>Classify texts read from standard input, one per line: prints the tone (criticism, praise or other), &quot;question&quot; or &quot;-&quot;, and both confidences, tab-separated, one line for every line read.</source>
        <translation>Texte von der Standardeingabe einstufen, einen pro Zeile: gibt den Tonfall (criticism, praise oder other), „question“ oder „-“ und beide Konfidenzen aus, durch Tabulatoren getrennt, eine Zeile für jede gelesene Zeile.</translation>
    </message>
    <message>
        <source>Read JSON lines with a &quot;text&quot; field and print JSON lines with &quot;tone&quot;, &quot;question&quot; and &quot;confidence&quot;.</source>
        <translation>JSON-Zeilen mit einem Feld „text“ lesen und JSON-Zeilen mit „tone“, „question“ und „confidence“ ausgeben.</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s model, adapted by its people&apos;s corrections.</source>
        <translation>Das Modell des Arbeitsbereichs verwenden, angepasst durch die Korrekturen seiner Nutzer.</translation>
    </message>
    <message>
        <source>Print TweetEval metrics (macro-averaged recall, accuracy, per-tone precision and recall) for a text file and its label file.</source>
        <translation>TweetEval-Kennzahlen (makro-gemittelter Recall, Accuracy, Precision und Recall je Tonfall) für eine Textdatei und ihre Label-Datei ausgeben.</translation>
    </message>
    <message>
        <source>With --evaluate: the text and label files.</source>
        <translation>Mit --evaluate: die Text- und die Label-Datei.</translation>
    </message>
    <message>
        <source>Usage: hearken classify --evaluate TEXTS LABELS</source>
        <translation>Aufruf: hearken classify --evaluate TEXTE LABELS</translation>
    </message>
    <message>
        <source>Cannot read standard input or write standard output.</source>
        <translation>Die Standardeingabe kann nicht gelesen oder die Standardausgabe nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Tone and question for texts on standard input, one line each.</source>
        <translation>Tonfall und Frage für Texte von der Standardeingabe, je eine Zeile.</translation>
    </message>
    <message>
        <source>Usage: hearken accounts remove ID (the number `accounts list` shows)</source>
        <translation>Aufruf: hearken accounts remove ID (die Nummer, die `accounts list` zeigt)</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Signed out and removed %1.</source>
        <translation>%1 abgemeldet und entfernt.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list oder remove</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Only this account (its number or handle).</source>
        <translation>Nur dieses Konto (seine Nummer oder sein Handle).</translation>
    </message>
    <message>
        <source>%1: %2, %3 fetched</source>
        <translation>%1: %2, %3 abgerufen</translation>
    </message>
    <message>
        <source>%1: %2 new items (%3 fetched)</source>
        <translation>%1: %2 neue Einträge (%3 abgerufen)</translation>
    </message>
    <message>
        <source>Sync took %1 ms.</source>
        <translation>Die Synchronisierung dauerte %1 ms.</translation>
    </message>
    <message>
        <source>Print the OAuth client metadata document for Bluesky sign-ins. Host it at the --client-id URL (https) and give that URL to Hearken as the client metadata URL.</source>
        <translation>Das OAuth-Client-Metadaten-Dokument für Bluesky-Anmeldungen ausgeben. Stellen Sie es unter der URL von --client-id (https) bereit und geben Sie Hearken diese URL als URL der Client-Metadaten an.</translation>
    </message>
    <message>
        <source>Where the document will be hosted.</source>
        <translation>Wo das Dokument bereitgestellt wird.</translation>
    </message>
    <message>
        <source>The scopes to ask for (default: atproto transition:generic).</source>
        <translation>Die anzufragenden Scopes (Standard: atproto transition:generic).</translation>
    </message>
    <message>
        <source>Usage: hearken oauth-client-metadata --client-id https://example.org/hearken/client-metadata.json</source>
        <translation>Aufruf: hearken oauth-client-metadata --client-id https://example.org/hearken/client-metadata.json</translation>
    </message>
    <message>
        <source>Fetch what is new for every account, or one.</source>
        <translation>Neues für jedes Konto oder für eines abrufen.</translation>
    </message>
    <message>
        <source>Write the review of a period as CSV, PDF or JSON.</source>
        <translation>Die Auswertung eines Zeitraums als CSV, PDF oder JSON schreiben.</translation>
    </message>
    <message>
        <source>Print the Bluesky OAuth client metadata to host for production.</source>
        <translation>Die Bluesky-OAuth-Client-Metadaten für den Produktivbetrieb ausgeben.</translation>
    </message>
    <message>
        <source>Wrote %1 items to %2.</source>
        <translation>%1 Einträge nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Erster Tag des Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Only this account (id; repeatable).</source>
        <translation>Nur dieses Konto (ID; mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only this network (repeatable).</source>
        <translation>Nur dieses Netzwerk (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only items assigned to this teammate (id, 0 for unassigned; repeatable).</source>
        <translation>Nur Einträge, die diesem Teammitglied zugewiesen sind (ID, 0 für nicht zugewiesen; mehrfach möglich).</translation>
    </message>
    <message>
        <source>csv, pdf or json.</source>
        <translation>csv, pdf oder json.</translation>
    </message>
    <message>
        <source>--format takes csv, pdf or json.</source>
        <translation>--format erwartet csv, pdf oder json.</translation>
    </message>
    <message>
        <source>--account and --assignee take ids (numbers).</source>
        <translation>--account und --assignee erwarten IDs (Zahlen).</translation>
    </message>
    <message>
        <source>Response review</source>
        <translation>Antwort-Auswertung</translation>
    </message>
    <message>
        <source>Hearken cannot tell where it is installed, since /proc/self/exe cannot be read: run it where /proc is mounted.</source>
        <translation>Hearken kann nicht feststellen, wo es installiert ist, da /proc/self/exe nicht lesbar ist: Starten Sie es dort, wo /proc eingehängt ist.</translation>
    </message>
    <message>
        <source>Hearken could not start %1: %2. Reinstall Hearken: this part of it is missing or damaged.</source>
        <translation>Hearken konnte %1 nicht starten: %2. Installieren Sie Hearken neu: Dieser Teil fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot write standard output: %1.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Write the supervisor&apos;s review of a period: every item with its timeline (csv), the figures and charts (pdf), or all figures (json). Dates are days in the workspace&apos;s time zone, both included; without them the report covers the last full week, Monday to Sunday.</source>
        <translation>Die Auswertung eines Zeitraums für die Teamleitung schreiben: jeden Eintrag mit seinem Verlauf (csv), die Kennzahlen und Diagramme (pdf) oder alle Kennzahlen (json). Datumsangaben sind Tage in der Zeitzone des Arbeitsbereichs, beide eingeschlossen; ohne sie umfasst der Bericht die letzte volle Woche, Montag bis Sonntag.</translation>
    </message>
    <message>
        <source>The file to write; without it, or with -, standard output.</source>
        <translation>Die zu schreibende Datei; ohne sie oder mit - die Standardausgabe.</translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-03-01, --to not before --from; leave both out for the last full week.</source>
        <translation>--from und --to erwarten Daten wie 2026-03-01, --to nicht vor --from; lassen Sie beide weg für die letzte volle Woche.</translation>
    </message>
    <message>
        <source>--output names the file to write (- for standard output).</source>
        <translation>--output nennt die zu schreibende Datei (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>A PDF is not for reading in a terminal: name the file to write with --output, or redirect standard output.</source>
        <translation>Ein PDF ist nicht zum Lesen im Terminal gedacht: Geben Sie mit --output die zu schreibende Datei an, oder leiten Sie die Standardausgabe um.</translation>
    </message>
    <message>
        <source>Reporting on the last full week, %1 to %2 (%3); --from and --to choose another period.</source>
        <translation>Bericht über die letzte volle Woche, %1 bis %2 (%3); --from und --to wählen einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>Add (accounts add NETWORK --OPTION VALUE; accounts add --help lists each network&apos;s options), list or remove accounts.</source>
        <translation>Konten hinzufügen (accounts add NETZWERK --OPTION WERT; accounts add --help nennt die Optionen jedes Netzwerks), auflisten oder entfernen.</translation>
    </message>
    <message>
        <source>Run a team workspace&apos;s service: sync and deliver until stopped.</source>
        <translation>Den Dienst eines Team-Arbeitsbereichs ausführen: synchronisieren und senden, bis er gestoppt wird.</translation>
    </message>
    <message>
        <source>A team workspace in PostgreSQL, for its admin: init, add-person, people, remove-person, import (team --help tells more).</source>
        <translation>Ein Team-Arbeitsbereich in PostgreSQL, für seine Administration: init, add-person, people, remove-person, import (team --help sagt mehr).</translation>
    </message>
    <message>
        <source>Replies that need a supervisor&apos;s approval on a team workspace: list, approve, return, rules (approvals --help tells more).</source>
        <translation>Antworten, die auf einem Team-Arbeitsbereich die Freigabe durch eine Teamleitung brauchen: list, approve, return, rules (approvals --help sagt mehr).</translation>
    </message>
    <message>
        <source>Qt&apos;s standard options are understood too: %1.</source>
        <translation>Auch die Standardoptionen von Qt werden verstanden: %1.</translation>
    </message>
    <message>
        <source>--sample opens the sample workspace, not the one --workspace names: give one of them.</source>
        <translation>--sample öffnet den Beispiel-Arbeitsbereich, nicht den von --workspace genannten: Geben Sie nur eines von beiden an.</translation>
    </message>
    <message>
        <source>There is no backup of it in %1.</source>
        <translation>In %1 gibt es keine Sicherung davon.</translation>
    </message>
    <message>
        <source>Its newest good backup, made %1, is %2. To work on a copy of it (the damaged file stays as it is):
  cp &quot;%2&quot; &quot;%3&quot;
then pass --workspace &quot;%3&quot; to hearken.</source>
        <translation>Seine neueste intakte Sicherung vom %1 ist %2. Um mit einer Kopie davon zu arbeiten (die beschädigte Datei bleibt, wie sie ist):
  cp &quot;%2&quot; &quot;%3&quot;
und dann hearken --workspace &quot;%3&quot; übergeben.</translation>
    </message>
    <message>
        <source>Hearken could not back up the workspace: %1</source>
        <translation>Hearken konnte den Arbeitsbereich nicht sichern: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s network accounts: add NETWORK (signs in, through the browser where the network signs in there; $BROWSER is used when set), list, remove (signs out and revokes the sign-in).</source>
        <translation>Die Netzwerkkonten des Arbeitsbereichs: add NETZWERK (meldet an, im Browser, wenn das Netzwerk dort anmeldet; $BROWSER wird verwendet, wenn gesetzt), list, remove (meldet ab und widerruft die Anmeldung).</translation>
    </message>
    <message>
        <source>Usage: hearken accounts add NETWORK --OPTION VALUE... | list [--json] | remove ID (networks: %1; accounts add --help lists their options)</source>
        <translation>Aufruf: hearken accounts add NETZWERK --OPTION WERT... | list [--json] | remove ID (Netzwerke: %1; accounts add --help nennt ihre Optionen)</translation>
    </message>
    <message>
        <source>Usage: hearken accounts add NETWORK --OPTION VALUE... (networks: %1; accounts add --help lists their options)</source>
        <translation>Aufruf: hearken accounts add NETZWERK --OPTION WERT... (Netzwerke: %1; accounts add --help nennt ihre Optionen)</translation>
    </message>
    <message>
        <source>For a supervisor, every reply waiting for approval; for anyone else, their own replies waiting or sent back, with the supervisor&apos;s note.</source>
        <translation>Für eine Teamleitung jede Antwort, die auf Freigabe wartet; für alle anderen die eigenen wartenden oder zurückgegebenen Antworten, mit der Notiz der Teamleitung.</translation>
    </message>
    <message>
        <source>Approve a waiting reply: the team&apos;s service sends it (supervisors).</source>
        <translation>Eine wartende Antwort freigeben: Der Dienst des Teams sendet sie (Teamleitung).</translation>
    </message>
    <message>
        <source>Send a waiting reply back to its author with what to change (supervisors).</source>
        <translation>Eine wartende Antwort mit dem, was zu ändern ist, an ihre Autorin oder ihren Autor zurückgeben (Teamleitung).</translation>
    </message>
    <message>
        <source>List whose replies need approval, or turn that on or off for a person or an account (supervisors).</source>
        <translation>Auflisten, wessen Antworten eine Freigabe brauchen, oder das für eine Person oder ein Konto ein- oder ausschalten (Teamleitung).</translation>
    </message>
    <message>
        <source>No reply is waiting for approval.</source>
        <translation>Keine Antwort wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>#%1 by %2 on %3, waiting since %4, to %5: %6</source>
        <translation>#%1 von %2 auf %3, wartet seit %4, an %5: %6</translation>
    </message>
    <message>
        <source>    sent back by %1: %2</source>
        <translation>    zurückgegeben von %1: %2</translation>
    </message>
    <message>
        <source>Reply #%1 is approved; the team&apos;s service sends it.</source>
        <translation>Antwort #%1 ist freigegeben; der Dienst des Teams sendet sie.</translation>
    </message>
    <message>
        <source>Say what the author should change with --note.</source>
        <translation>Sagen Sie mit --note, was die Autorin oder der Autor ändern soll.</translation>
    </message>
    <message>
        <source>Reply #%1 went back to its author with your note.</source>
        <translation>Antwort #%1 ging mit Ihrer Notiz zurück an ihre Autorin oder ihren Autor.</translation>
    </message>
    <message>
        <source>Name one person (--person) or one account (--account), and --on or --off.</source>
        <translation>Nennen Sie eine Person (--person) oder ein Konto (--account) und --on oder --off.</translation>
    </message>
    <message>
        <source>There is no account %1; the accounts are: %2.</source>
        <translation>Es gibt kein Konto %1; die Konten sind: %2.</translation>
    </message>
    <message>
        <source>No reply needs approval.</source>
        <translation>Keine Antwort braucht eine Freigabe.</translation>
    </message>
    <message>
        <source>every reply on %1</source>
        <translation>jede Antwort auf %1</translation>
    </message>
    <message>
        <source>%1 (set by %2 on %3)</source>
        <translation>%1 (festgelegt von %2 am %3)</translation>
    </message>
    <message>
        <source>Replies that need a supervisor&apos;s approval on a team workspace:</source>
        <translation>Antworten, die auf einem Team-Arbeitsbereich die Freigabe durch eine Teamleitung brauchen:</translation>
    </message>
    <message>
        <source>return: what the author should change.</source>
        <translation>return: was die Autorin oder der Autor ändern soll.</translation>
    </message>
    <message>
        <source>rules: a person&apos;s replies.</source>
        <translation>rules: die Antworten einer Person.</translation>
    </message>
    <message>
        <source>rules: every reply on an account.</source>
        <translation>rules: jede Antwort auf einem Konto.</translation>
    </message>
    <message>
        <source>rules: they need approval from now on.</source>
        <translation>rules: Diese Antworten brauchen ab jetzt eine Freigabe.</translation>
    </message>
    <message>
        <source>rules: they no longer need approval.</source>
        <translation>rules: Diese Antworten brauchen keine Freigabe mehr.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of seconds, 1 or more, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von Sekunden, 1 oder mehr, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Run a team workspace&apos;s service: sync every account on its schedule (and accounts desks add, as they appear) and send the replies and likes desks queue, until SIGTERM or SIGINT. Several services may serve one workspace: each account is synced by one of them, and each reply is sent by one of them, once. One line per event goes to standard error (journald keeps it).
A workspace file is synced and delivered by its window or by hearken sync: serve runs only a team workspace (postgresql://...).</source>
        <translation>Den Dienst eines Team-Arbeitsbereichs ausführen: jedes Konto nach seinem Zeitplan synchronisieren (auch Konten, die Arbeitsplätze hinzufügen, sobald sie erscheinen) und die Antworten und „Gefällt mir“ senden, die Arbeitsplätze einreihen, bis SIGTERM oder SIGINT. Mehrere Dienste dürfen einen Arbeitsbereich bedienen: Jedes Konto wird von einem von ihnen synchronisiert, und jede Antwort wird von einem von ihnen gesendet, genau einmal. Pro Ereignis geht eine Zeile an die Standardfehlerausgabe (journald bewahrt sie auf).
Eine Arbeitsbereich-Datei wird von ihrem Fenster oder von hearken sync synchronisiert und gesendet: serve betreibt nur einen Team-Arbeitsbereich (postgresql://...).</translation>
    </message>
    <message>
        <source>Seconds between two syncs of an account that does not stream its changes (default 120).</source>
        <translation>Sekunden zwischen zwei Synchronisierungen eines Kontos, das seine Änderungen nicht streamt (Standard: 120).</translation>
    </message>
    <message>
        <source>Seconds between two looks for accounts no service syncs yet: new ones, and those of a service that stopped (default 30).</source>
        <translation>Sekunden zwischen zwei Suchen nach Konten, die noch kein Dienst synchronisiert: neue und die eines gestoppten Dienstes (Standard: 30).</translation>
    </message>
    <message>
        <source>Seconds between two looks for replies desks queued (default 2).</source>
        <translation>Sekunden zwischen zwei Suchen nach Antworten, die Arbeitsplätze eingereiht haben (Standard: 2).</translation>
    </message>
    <message>
        <source>How long a reply this service is sending stays its own without word from it; after that another service sends it, with the same idempotency key (default 60).</source>
        <translation>Wie lange eine Antwort, die dieser Dienst sendet, ohne Nachricht von ihm bei ihm bleibt; danach sendet sie ein anderer Dienst, mit demselben Idempotenzschlüssel (Standard: 60).</translation>
    </message>
    <message>
        <source>The file of the service&apos;s key pair, which opens the tokens desks sealed to it; made (readable by this user only) when missing. Services of one workspace share it. Default: service.key in $STATE_DIRECTORY, else in Hearken&apos;s data folder.</source>
        <translation>Die Datei mit dem Schlüsselpaar des Dienstes, das die Token öffnet, die Arbeitsplätze für ihn versiegelt haben; wird angelegt (nur für diesen Benutzer lesbar), wenn sie fehlt. Die Dienste eines Arbeitsbereichs teilen sie sich. Standard: service.key in $STATE_DIRECTORY, sonst im Datenordner von Hearken.</translation>
    </message>
    <message>
        <source>Publish this service&apos;s key although another is published; the accounts sealed to the other are signed in again from a desk.</source>
        <translation>Den Schlüssel dieses Dienstes veröffentlichen, obwohl ein anderer veröffentlicht ist; die für den anderen versiegelten Konten werden von einem Arbeitsplatz aus erneut angemeldet.</translation>
    </message>
    <message>
        <source>hearken serve runs a team workspace: give it one with --workspace postgresql://USER@HOST/DATABASE. A workspace file is synced and delivered by its window, or by hearken sync.</source>
        <translation>hearken serve betreibt einen Team-Arbeitsbereich: Geben Sie ihn mit --workspace postgresql://BENUTZER@HOST/DATENBANK an. Eine Arbeitsbereich-Datei wird von ihrem Fenster oder von hearken sync synchronisiert und gesendet.</translation>
    </message>
    <message>
        <source>%1: synced, %2 new items (%3 fetched)</source>
        <translation>%1: synchronisiert, %2 neue Einträge (%3 abgerufen)</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: nicht synchronisiert: %2</translation>
    </message>
    <message>
        <source>%1: another service syncs it</source>
        <translation>%1: ein anderer Dienst synchronisiert es</translation>
    </message>
    <message>
        <source>Outbox entry %1 sent from %2</source>
        <translation>Postausgangseintrag %1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
    <message>
        <source>Stopping on %1.</source>
        <translation>Wird wegen %1 beendet.</translation>
    </message>
    <message>
        <source>Serving %1 as &quot;%2&quot;.</source>
        <translation>Dienst für %1 läuft als „%2“.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source> (hearken accounts add %1)</source>
        <translation> (hearken accounts add %1)</translation>
    </message>
    <message>
        <source>Fetch what is new for every account (or one): mentions, threads, and replies and likes made from other apps. Progress goes to standard error, and so does every account that was not synced, with why and until when.
Exits with 1 when any account could not be synced (paused by a rate limit, signed out, or failed), so that a script knows its data is not current; 0 only when every account was synced.</source>
        <translation>Neues für jedes Konto (oder eines) abrufen: Erwähnungen, Unterhaltungen sowie Antworten und „Gefällt mir“ aus anderen Apps. Der Fortschritt geht an die Standardfehlerausgabe, ebenso jedes Konto, das nicht synchronisiert wurde, mit Grund und bis wann.
Endet mit 1, wenn ein Konto nicht synchronisiert werden konnte (durch ein Anfragelimit pausiert, abgemeldet oder fehlgeschlagen), damit ein Skript weiß, dass seine Daten nicht aktuell sind; 0 nur, wenn jedes Konto synchronisiert wurde.</translation>
    </message>
    <message>
        <source>%1: not synced: a sample account has no network to sync with.</source>
        <translation>%1: nicht synchronisiert: Ein Beispielkonto hat kein Netzwerk zum Synchronisieren.</translation>
    </message>
    <message>
        <source>%1: not synced: Hearken cannot sync %2 accounts.</source>
        <translation>%1: nicht synchronisiert: Hearken kann %2-Konten nicht synchronisieren.</translation>
    </message>
    <message>
        <source>%1: not synced here: another Hearken process (the team&apos;s service) syncs it.</source>
        <translation>%1: hier nicht synchronisiert: Ein anderer Hearken-Prozess (der Dienst des Teams) synchronisiert es.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Not indexed for the search yet (the search still finds it): %1</source>
        <translation>Noch nicht für die Suche indiziert (die Suche findet es trotzdem): %1</translation>
    </message>
    <message>
        <source>Moved %1 items (%2 rows with their history) from %3 into %4 in %5 s (%6 items/s).</source>
        <translation>%1 Einträge (%2 Zeilen mit ihrem Verlauf) in %5 s von %3 nach %4 verschoben (%6 Einträge/s).</translation>
    </message>
    <message>
        <source>The accounts&apos; sign-ins stay with the solo workspace on this desk and were not moved. Sign these accounts in again on the team workspace (hearken accounts add NETWORK --workspace %1), so that its service can sync and deliver for them:</source>
        <translation>Die Anmeldungen der Konten bleiben beim Einzel-Arbeitsbereich auf diesem Arbeitsplatz und wurden nicht verschoben. Melden Sie diese Konten im Team-Arbeitsbereich erneut an (hearken accounts add NETZWERK --workspace %1), damit sein Dienst für sie synchronisieren und senden kann:</translation>
    </message>
    <message>
        <source>Move a solo workspace, with its whole history, into a team workspace (PostgreSQL) that holds no items yet. The solo file is upgraded first (after a backup) and otherwise left as it is.</source>
        <translation>Einen Einzel-Arbeitsbereich mit seinem gesamten Verlauf in einen Team-Arbeitsbereich (PostgreSQL) verschieben, der noch keine Einträge enthält. Die Einzeldatei wird zuerst aktualisiert (nach einer Sicherung) und ansonsten unverändert gelassen.</translation>
    </message>
    <message>
        <source>The solo workspace file to move.</source>
        <translation>Die zu verschiebende Einzel-Arbeitsbereich-Datei.</translation>
    </message>
    <message>
        <source>Usage: hearken team import SOLO.hearken --workspace postgresql://user@host/database</source>
        <translation>Aufruf: hearken team import EINZEL.hearken --workspace postgresql://benutzer@host/datenbank</translation>
    </message>
    <message>
        <source>%1 is a team workspace; team import moves a solo workspace file into one.</source>
        <translation>%1 ist ein Team-Arbeitsbereich; team import verschiebt eine Einzel-Arbeitsbereich-Datei in einen solchen.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Indexed %1 posts for the search in %2 s.</source>
        <translation>%1 Beiträge in %2 s für die Suche indiziert.</translation>
    </message>
    <message>
        <source>Make an empty PostgreSQL database a team workspace: the schema, the groups manager, supervisor and service, and their rights. Run it again after upgrading Hearken.</source>
        <translation>Eine leere PostgreSQL-Datenbank zu einem Team-Arbeitsbereich machen: das Schema, die Gruppen manager, supervisor und service und ihre Rechte. Nach einem Update von Hearken erneut ausführen.</translation>
    </message>
    <message>
        <source>Give a colleague a login in a group. The password is asked for twice on a terminal, read from standard input, or generated and shown once.</source>
        <translation>Einer Kollegin oder einem Kollegen eine Anmeldung in einer Gruppe geben. Das Passwort wird an einem Terminal zweimal abgefragt, von der Standardeingabe gelesen oder erzeugt und einmal angezeigt.</translation>
    </message>
    <message>
        <source>List the team&apos;s people and their roles.</source>
        <translation>Die Personen des Teams und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>Take a person off the team; what they did keeps their name.</source>
        <translation>Eine Person aus dem Team nehmen; was sie getan hat, behält ihren Namen.</translation>
    </message>
    <message>
        <source>Move a solo workspace, with its history, into a team workspace that holds no items yet. Its accounts sign in again on the team workspace.</source>
        <translation>Einen Einzel-Arbeitsbereich mit seinem Verlauf in einen Team-Arbeitsbereich verschieben, der noch keine Einträge enthält. Seine Konten werden im Team-Arbeitsbereich erneut angemeldet.</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database: name it as postgresql://ADMIN@HOST/DATABASE.</source>
        <translation>Ein Team-Arbeitsbereich ist eine PostgreSQL-Datenbank: Geben Sie ihn als postgresql://ADMIN@HOST/DATENBANK an.</translation>
    </message>
    <message>
        <source>The team workspace %1 is ready (schema %2); its groups are %3, %4 and %5.

Next:
  1. Give each colleague a login (the password is asked for, or add --generate-password):
       hearken team add-person NAME --role manager|supervisor --workspace %1
  2. Give the service a login, and start it on a machine that stays on:
       hearken team add-person SERVICE --role service --workspace %1
       hearken serve --workspace %6
  3. On each desk, open %7 (File &gt; Open team workspace..., or hearken --workspace %7).
</source>
        <translation>Der Team-Arbeitsbereich %1 ist bereit (Schema %2); seine Gruppen sind %3, %4 und %5.

Weiter:
  1. Geben Sie allen Kolleginnen und Kollegen eine Anmeldung (das Passwort wird abgefragt, oder fügen Sie --generate-password hinzu):
       hearken team add-person NAME --role manager|supervisor --workspace %1
  2. Geben Sie dem Dienst eine Anmeldung und starten Sie ihn auf einem Rechner, der eingeschaltet bleibt:
       hearken team add-person SERVICE --role service --workspace %1
       hearken serve --workspace %6
  3. Öffnen Sie auf jedem Arbeitsplatz %7 (Datei &gt; Team-Arbeitsbereich öffnen …, oder hearken --workspace %7).
</translation>
    </message>
    <message>
        <source>%1 is on the team as %2 and opens it as %3.</source>
        <translation>%1 ist als %2 im Team und öffnet es als %3.</translation>
    </message>
    <message>
        <source>Their password, shown only this once: %1</source>
        <translation>Das Passwort, nur dieses eine Mal angezeigt: %1</translation>
    </message>
    <message>
        <source>%1 is off the team.</source>
        <translation>%1 ist nicht mehr im Team.</translation>
    </message>
    <message>
        <source>A team workspace in PostgreSQL, set up by its admin:</source>
        <translation>Ein Team-Arbeitsbereich in PostgreSQL, eingerichtet von seiner Administration:</translation>
    </message>
    <message>
        <source>add-person: the person&apos;s role, manager, supervisor or service.</source>
        <translation>add-person: die Rolle der Person, manager, supervisor oder service.</translation>
    </message>
    <message>
        <source>add-person: make a password and show it once, instead of asking for one.</source>
        <translation>add-person: ein Passwort erzeugen und einmal anzeigen, statt danach zu fragen.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>
The same again: </source>
        <translation>
Noch einmal: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed. Run the command again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; es wurde nichts geändert. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>No password for %1: type one, write it to standard input, or use --generate-password.</source>
        <translation>Kein Passwort für %1: Geben Sie eines ein, schreiben Sie es in die Standardeingabe, oder verwenden Sie --generate-password.</translation>
    </message>
    <message>
        <source>The password for %1 is too short: use at least %2 characters, or --generate-password.</source>
        <translation>Das Passwort für %1 ist zu kurz: Verwenden Sie mindestens %2 Zeichen oder --generate-password.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Das Passwort konnte nicht für den Server vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>not a PostgreSQL connection.</source>
        <translation>keine PostgreSQL-Verbindung.</translation>
    </message>
</context>
<context>
    <name>hearken::mastodon</name>
    <message>
        <source>The Mastodon sign-in expired or was revoked (%1). Sign in again.</source>
        <translation>Die Mastodon-Anmeldung ist abgelaufen oder wurde widerrufen (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The post %1 is not on %2; it cannot be answered from this account.</source>
        <translation>Der Beitrag %1 ist nicht auf %2; er kann von diesem Konto aus nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>The entry has no idempotency key.</source>
        <translation>Der Eintrag hat keinen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>The post being answered was deleted.</source>
        <translation>Der Beitrag, auf den geantwortet wird, wurde gelöscht.</translation>
    </message>
    <message>
        <source>The server answered the reply without an id.</source>
        <translation>Der Server hat die Antwort ohne ID bestätigt.</translation>
    </message>
    <message>
        <source>The post being liked was deleted.</source>
        <translation>Der Beitrag, der ein „Gefällt mir“ bekommen sollte, wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 has no sign-in in the keychain. Sign in again.</source>
        <translation>%1 hat keine Anmeldung im Schlüsselbund. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::FormSignIn</name>
    <message>
        <source>Type the server your account is on. Your browser opens to let Hearken in; Hearken never sees your password.</source>
        <translation>Geben Sie den Server ein, auf dem Ihr Konto liegt. Ihr Browser öffnet sich, um Hearken Zugang zu geben; Hearken sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Add a Mastodon account (or one on a server that speaks Mastodon&apos;s API): signs in through the browser ($BROWSER is used when set).</source>
        <translation>Ein Mastodon-Konto hinzufügen (oder eines auf einem Server, der die API von Mastodon spricht): meldet sich über den Browser an ($BROWSER wird verwendet, wenn gesetzt).</translation>
    </message>
    <message>
        <source>Mastodon server</source>
        <translation>Mastodon-Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The Mastodon server, e.g. mastodon.social.</source>
        <translation>Der Mastodon-Server, z. B. mastodon.social.</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Type the server&apos;s name, for example mastodon.social.</source>
        <translation>Geben Sie den Namen des Servers ein, zum Beispiel mastodon.social.</translation>
    </message>
    <message>
        <source>Waiting for you to allow Hearken in the browser. If no browser opened, open this address:
%1</source>
        <translation>Hearken wartet darauf, dass Sie es im Browser zulassen. Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse:
%1</translation>
    </message>
    <message>
        <source>Added %1 (account %2).</source>
        <translation>%1 hinzugefügt (Konto %2).</translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::SignIn</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht …</translation>
    </message>
    <message>
        <source>Registering Hearken on %1…</source>
        <translation>Hearken wird auf %1 registriert …</translation>
    </message>
    <message>
        <source>%1 registered Hearken without giving it credentials.</source>
        <translation>%1 hat Hearken registriert, ohne Zugangsdaten zu übergeben.</translation>
    </message>
    <message>
        <source>Waiting for you to allow Hearken in the browser…</source>
        <translation>Hearken wartet darauf, dass Sie es im Browser zulassen …</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Ihr Konto wird gelesen …</translation>
    </message>
    <message>
        <source>The sign-in worked but the system keychain did not keep it: %1</source>
        <translation>Die Anmeldung hat funktioniert, aber der Schlüsselbund des Systems hat sie nicht behalten: %1</translation>
    </message>
    <message>
        <source>Reading what %1 allows…</source>
        <translation>Es wird gelesen, was %1 erlaubt …</translation>
    </message>
    <message>
        <source>Could not wait for the browser on this computer: no port is free.</source>
        <translation>Auf den Browser kann auf diesem Computer nicht gewartet werden: Kein Port ist frei.</translation>
    </message>
    <message>
        <source>%1 names sign-in addresses Hearken will not use.</source>
        <translation>%1 nennt Anmeldeadressen, die Hearken nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Mastodon server. Check the address.</source>
        <translation>%1 antwortet nicht wie ein Mastodon-Server. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 did not say which account signed in.</source>
        <translation>%1 hat nicht mitgeteilt, welches Konto angemeldet wurde.</translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::SignOut</name>
    <message>
        <source>Hearken&apos;s registration on %1 is unknown; the token could not be revoked.</source>
        <translation>Die Registrierung von Hearken auf %1 ist unbekannt; das Token konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out: %1</source>
        <translation>Der Server hat die Abmeldung nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Signing out of %1 was cancelled; remove the account again.</source>
        <translation>Die Abmeldung von %1 wurde abgebrochen; entfernen Sie das Konto erneut.</translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::Syncer</name>
    <message>
        <source>The sign-in expired or was revoked. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s rate limit until %1</source>
        <translation>wartet bis %1 auf das Anfragelimit des Servers</translation>
    </message>
</context>
<context>
    <name>hearken::net</name>
    <message>
        <source>%1 answered with unreadable data (%2).</source>
        <translation>%1 hat mit unlesbaren Daten geantwortet (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Web-Adresse.</translation>
    </message>
    <message>
        <source>Hearken only talks to %1 over https; plain http is allowed for this computer&apos;s own addresses only.</source>
        <translation>Hearken spricht mit %1 nur über https; einfaches http ist nur für die eigenen Adressen dieses Computers erlaubt.</translation>
    </message>
    <message>
        <source>Hearken does not send a user name or password inside a web address (%1).</source>
        <translation>Hearken sendet keinen Benutzernamen und kein Passwort innerhalb einer Web-Adresse (%1).</translation>
    </message>
    <message>
        <source>%1 is an address of a private or reserved network; Hearken only connects to public servers and to this computer.</source>
        <translation>%1 ist eine Adresse eines privaten oder reservierten Netzes; Hearken verbindet sich nur mit öffentlichen Servern und mit diesem Computer.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example mastodon.social.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel mastodon.social.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web server&apos;s address: Hearken signs in over https. Type a name like mastodon.social.</source>
        <translation>„%1“ ist nicht die Adresse eines Web-Servers: Hearken meldet sich über https an. Geben Sie einen Namen wie mastodon.social ein.</translation>
    </message>
    <message>
        <source>%1 answered with data of the wrong shape (expected a JSON object).</source>
        <translation>%1 hat mit Daten in der falschen Form geantwortet (erwartet wurde ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>%1 answered with data of the wrong shape (expected a JSON array).</source>
        <translation>%1 hat mit Daten in der falschen Form geantwortet (erwartet wurde ein JSON-Array).</translation>
    </message>
</context>
<context>
    <name>hearken::net::HttpCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 asked to wait before the next request.</source>
        <translation>%1 hat gebeten, vor der nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <source>%1 sent more data than Hearken accepts in one answer (%2 MB).</source>
        <translation>%1 hat mehr Daten gesendet, als Hearken in einer Antwort annimmt (%2 MB).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent Hearken elsewhere: %2</source>
        <translation>%1 hat Hearken woandershin geleitet: %2</translation>
    </message>
</context>
<context>
    <name>hearken::outbox</name>
    <message>
        <source>The reply holds only @mentions. Write what you want to say after them, then send it.</source>
        <translation>Die Antwort enthält nur @-Erwähnungen. Schreiben Sie danach, was Sie sagen möchten, und senden Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>hearken::store</name>
    <message>
        <source>The team workspace&apos;s sealed secrets cannot be reached: %1</source>
        <translation>Die versiegelten Geheimnisse des Team-Arbeitsbereichs sind nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>No Hearken service has published its key in this team workspace yet, so no token can be sealed to it. Start `hearken serve` once so that it publishes its key, then sign in again.</source>
        <translation>Noch kein Hearken-Dienst hat seinen Schlüssel in diesem Team-Arbeitsbereich veröffentlicht, daher kann kein Token für ihn versiegelt werden. Starten Sie `hearken serve` einmal, damit er seinen Schlüssel veröffentlicht, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Only the Hearken service opens this account&apos;s tokens; a desk of a team workspace never holds them.</source>
        <translation>Nur der Hearken-Dienst öffnet die Token dieses Kontos; ein Arbeitsplatz eines Team-Arbeitsbereichs hat sie nie.</translation>
    </message>
    <message>
        <source>The secret %1 is sealed to another service key (%2), not to this service&apos;s (%3): sign its account in again from a desk, or start the service with the key file that holds that key.</source>
        <translation>Das Geheimnis %1 ist für einen anderen Dienstschlüssel (%2) versiegelt, nicht für den dieses Dienstes (%3): Melden Sie sein Konto von einem Arbeitsplatz aus erneut an, oder starten Sie den Dienst mit der Schlüsseldatei, die diesen Schlüssel enthält.</translation>
    </message>
    <message>
        <source>The secret %1 cannot be opened: %2 Sign its account in again from a desk.</source>
        <translation>Das Geheimnis %1 kann nicht geöffnet werden: %2 Melden Sie sein Konto von einem Arbeitsplatz aus erneut an.</translation>
    </message>
    <message>
        <source>The published service key cannot seal secrets (%1). Start `hearken serve --replace-key` to publish a good one.</source>
        <translation>Der veröffentlichte Dienstschlüssel kann keine Geheimnisse versiegeln (%1). Starten Sie `hearken serve --replace-key`, um einen funktionierenden zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Your role on this team workspace does not add the brand&apos;s accounts; ask the team&apos;s admin to sign them in.</source>
        <translation>Ihre Rolle in diesem Team-Arbeitsbereich fügt keine Konten der Marke hinzu; bitten Sie die Administration des Teams, sie anzumelden.</translation>
    </message>
</context>
<context>
    <name>hearken::sync</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>pausiert bis %1</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>erneut anmelden</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>paused by the server&apos;s rate limit until %1</source>
        <translation>durch das Anfragelimit des Servers pausiert bis %1</translation>
    </message>
    <message>
        <source>the sign-in expired or was revoked: sign in again</source>
        <translation>die Anmeldung ist abgelaufen oder wurde widerrufen: erneut anmelden</translation>
    </message>
    <message>
        <source>the last sync failed</source>
        <translation>die letzte Synchronisierung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hearken::ui</name>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A social inbox for community managers.</source>
        <translation>Ein sozialer Posteingang für Community-Manager.</translation>
    </message>
    <message>
        <source>Open the sample workspace, creating it on first use.</source>
        <translation>Den Beispiel-Arbeitsbereich öffnen; beim ersten Mal wird er angelegt.</translation>
    </message>
</context>
</TS>
