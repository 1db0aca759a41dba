<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>mentions from people the account does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions from people who do not follow the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions from accounts younger than 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private mentions from people the account does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions from accounts the server&apos;s moderators limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds back %2 (%n waiting there). Hearken shows them in the queue marked “held back”. To let them through, change “Filter notifications from…” in the notification settings on %1.</source>
        <translation>
            <numerusform>%1 holds back %2 (%n waiting there). Hearken shows them in the queue marked “held back”. To let them through, change “Filter notifications from…” in the notification settings on %1.</numerusform>
            <numerusform>%1 holds back %2 (%n waiting there). Hearken shows them in the queue marked “held back”. To let them through, change “Filter notifications from…” in the notification settings on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 discards %2, so that no app, Hearken included, can see them. To receive them, set them to accept or filter in the notification settings on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tone model could not be loaded (%1). Tones stay as they are; corrections will not be learned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::AccountSync</name>
    <message numerus="yes">
        <source>Syncing… %n fetched</source>
        <translation>
            <numerusform>Syncing… %n fetched</numerusform>
            <numerusform>Syncing… %n fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new items</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s service syncs this workspace&apos;s accounts and sends its replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::AccountSyncer</name>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::AdaptiveLayer</name>
    <message>
        <source>not a Hearken adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported adaptation format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adaptation is truncated or corrupt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::AddAccountDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Or choose Sign in anyway to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Age</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Appearance</name>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalActions</name>
    <message>
        <source>A&amp;pprovals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies that need appro&amp;val…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies waiting for a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose replies, and which accounts&apos; replies, need approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalNotice</name>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent back by %1:&lt;/b&gt; %2&lt;br&gt;&lt;a href=&quot;revise:%3&quot;&gt;Revise the reply&lt;/a&gt;; sending it asks for approval again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply waits for a supervisor&apos;s approval; it goes out once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs approval by a supervisor: your reply waits in Approvals until one approves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalRulesDialog</name>
    <message>
        <source>Replies that need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies by the people and on the accounts ticked here wait for a supervisor&apos;s approval before they go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reply on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies waiting for your approval, oldest first. Approve (Ctrl+Return) sends one; Edit… changes its words and approves it; Send back… returns it to its author with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your replies waiting for a supervisor&apos;s approval, and those sent back to you with a note. Edit… revises one and asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the reply: the outbox sends it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply as it goes out once you approve it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply as it goes to a supervisor again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should its author change? They see this beside their reply:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ApprovalsEntry</name>
    <message>
        <source>Replies that need a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::AssignMenu</name>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to (a new name adds a teammate):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Backlog</name>
    <message>
        <source>under 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::BacklogSection</name>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the item in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting longest — double-click to open in the inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open items need a response; %2 are past their response target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::BackupSchedule</name>
    <message>
        <source>Hearken could not back up the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ChainFetcher</name>
    <message>
        <source>Bluesky no longer shows the posts above this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ClassifyRunner</name>
    <message>
        <source>expected an object with a string field &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2; classified by its first %3 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Composer</name>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the account to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits to be tried again at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;&amp; done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a saved reply; fill its {placeholders} before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same audience as the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… Ctrl+Enter sends, Ctrl+Shift+Enter sends and marks it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply and mark the item done (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them as the workspace&apos;s thanks setting says (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 on %2, as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for %1: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds like a robot: %1 other people got nearly the same words in the last two weeks. You can still send it; a personal touch helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued; the team&apos;s service sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is replying to this since %2. Coordinate before you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are replying to this since %2. Coordinate before you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something after the @mentions first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ConnectionBar</name>
    <message>
        <source>Try &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team database %1 cannot be reached. Hearken keeps showing what it has read and tries again every %n s.</source>
        <translation>
            <numerusform>The team database %1 cannot be reached. Hearken keeps showing what it has read and tries again every %n s.</numerusform>
            <numerusform>The team database %1 cannot be reached. Hearken keeps showing what it has read and tries again every %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearken::DamagedWorkspace</name>
    <message>
        <source>There is no backup of it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken can open a copy of its newest good backup, made %1. The damaged file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken could not copy the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::DeferredDeliverer</name>
    <message>
        <source>Sending was cancelled; it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::DeliveryEngine</name>
    <message>
        <source>Hearken cannot post to %1 yet. Reply there, or discard this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of a sent reply is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::DeskPresence</name>
    <message numerus="yes">
        <source>%1 is replying, %n more looking</source>
        <translation>
            <numerusform>%1 is replying, %n more looking</numerusform>
            <numerusform>%1 is replying, %n more looking</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 are replying, %n more looking</source>
        <translation>
            <numerusform>%1 are replying, %n more looking</numerusform>
            <numerusform>%1 are replying, %n more looking</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are looking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::DesktopNotifier</name>
    <message>
        <source>New criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items need an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criticism and questions arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items need you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teammates assigned items to you or need your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned an item to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed an item over to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent your reply back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply by %1 waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::EarlierReply</name>
    <message>
        <source>%1 from another app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Event</name>
    <message>
        <source>%1 reopened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dismissed it as needing no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snoozed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snoozed it until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its snooze ended; it is open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unassigned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the tone to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked it as a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked it as not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undid the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 liked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took their like back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thanked them: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote a reply: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tried sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited the reply: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 discarded an unsent reply or like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 noted: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the note “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tagged it with the follow-up topic “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took it off the follow-up topic “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 told them about “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took it from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed it over to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed it over to %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chose to answer too, after seeing the reply already there: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by its author on %1; Hearken retired it from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the status of the topic “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked the topic “%2” declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ExportFile</name>
    <message>
        <source>it is a folder; name a file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a file, a pipe nor a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::FilterBar</name>
    <message>
        <source>Search posts and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Flag</name>
    <message>
        <source>Unanswered criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unthanked praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::FlagChipsDelegate</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::FollowUpsDialog</name>
    <message>
        <source>Mark &amp;shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who raised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were told some other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who raised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 of %4 told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {name}, you asked us for “%1” — it has shipped today. Thank you for the nudge, it helped!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {name}, you told us about “%1” — it is fixed now. Thank you for reporting it, and sorry for the trouble!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::HandOverDialog</name>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they should know: what was tried, what the person asked for, why you hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody else on the team to hand it to yet. A team admin adds people with hearken team add-person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::HeadlineSection</name>
    <message>
        <source>Items received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2; before: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened after done: %1; several replies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies given outside business hours count as no time; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::HeldBackBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::InboxPage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the item shown is not in this view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ItemState</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::MainActions</name>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss (needs no reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: &amp;criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: &amp;praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: &amp;other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected items done (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected items until later (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the selected items as needing no reply (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected items to a teammate (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected items back in the open queue (Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget tone corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the shipped tone model, forgetting what this workspace&apos;s corrections taught it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the current item (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank the author as the workspace&apos;s thanks setting says (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note to the current item (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected items with a follow-up topic (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backlog, the response record and trends, for supervisors (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items &amp;assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My replies &amp;sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies waiting for my a&amp;pproval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected items yours (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected items to a teammate with a note (H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::MainWindow</name>
    <message>
        <source>Open my workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace — generated data, nothing here is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace — Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is open. It has no accounts and no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken workspaces (*.hearken);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget tone corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace&apos;s tone model has learned from %1 corrections. Forget them and go back to the shipped model? Tones already set stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A social inbox for community managers: answer criticism, thank people for kind words, and close the loop.

Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).

The tone model was trained on public research data: TweetEval (Barbieri et al., 2020), tweet-acts (Saha et al., 2019) and the VADER tweets (Hutto and Gilbert, 2014). Their terms are in the copyright file shipped with Hearken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hank with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies still going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reply or like has not gone out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replies or likes have not gone out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, and Hearken quits as soon as they are sent. Or quit now: nothing is lost, they go out the next time Hearken starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting once the outbox is empty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts cannot be added to the sample workspace. Open your own workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: the team database cannot be reached, so nothing was changed. Try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::NotesPanel</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note (never sent)… Return saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply (it is sent again with the same key, so it can never appear twice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::OutboxKind</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::OutboxState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::PostKind</name>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::PresenceMarkDelegate</name>
    <message>
        <source>%1 is replying since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is looking since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::QueueModel</name>
    <message>
        <source>Set by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample label (generated data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed by the tone model (%1% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the item says about the brand. ✎: set by a person; italics: a sample label; plain: the tone model&apos;s guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: unanswered criticism. Answer: unanswered question. Thank: unthanked praise. Overdue: past its response target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by its author · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s notification policy held this back: the account&apos;s own apps do not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by its author; Hearken noticed it %1 and retired the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::QueueTable</name>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::RecordSection</name>
    <message>
        <source>Response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed as needing no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::RepliesSection</name>
    <message>
        <source>Reply (one example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was sent twice in the same words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics were raised in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robotic replies: the same words, again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Report</name>
    <message>
        <source>A report needs a first and a last day, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most %1 days; %2 to %3 is %4 days. Choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ReportPdf</name>
    <message>
        <source>Items received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed as needing no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened after done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with several replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open items need a response; %2 are past their target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robotic replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was sent twice in the same words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (one example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics were raised in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response times count every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response times count business hours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing a PDF needs the graphical toolkit; run it from the window or the hearken command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits on whom now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ReportText</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ReviewSettingsDialog</name>
    <message>
        <source>Time zone and business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mon-fri 09:00-17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and hours the team answers in, such as “mon-fri 09:00-17:00; sat 10:00-14:00”. Leave empty to count every hour. Response times in the review count only business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; pick one from the list, such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ReviewWindow</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n items to %1.</source>
        <translation>
            <numerusform>Wrote %n item to %1.</numerusform>
            <numerusform>Wrote %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours and zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone and business hours the review counts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response times count every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response times count business hours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export yet: wait until they are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the items of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s figures are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — time zone %2; %3. Compared with the %n days before.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — time zone %2; %3. Compared with the day before.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — time zone %2; %3. Compared with the %n days before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearken::SampleDeliverer</name>
    <message>
        <source>%1 refused the reply: it is longer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::SampleWorkspace</name>
    <message>
        <source>Generating the sample workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::SavedViewTitle</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unthanked praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::SecondAnswerPrompt</name>
    <message>
        <source>Already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to this item at %2, while you were writing yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other replies reached this item while you were writing yours.</source>
        <translation>
            <numerusform>Another reply reached this item while you were writing yours.</numerusform>
            <numerusform>%n other replies reached this item while you were writing yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two answers to one person can confuse them. Send yours too, or keep it as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send mine too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Sidebar</name>
    <message>
        <source>Views and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filters as a view in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filters as a view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (a view with the same name is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”? The items in it are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::SidebarModel</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::SnoozeMenu</name>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Monday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick a date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item comes back to the queue at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TeamAddress</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TeamOpener</name>
    <message>
        <source>Hearken could not keep the team workspace&apos;s password in the keychain (%1); it asks for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TeamSection</name>
    <message>
        <source>Nobody answered, thanked or handed over an item of this period from Hearken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign their open items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &amp;over their open items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits on whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits on whom now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TeamWorkspaceDialog</name>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate your admin gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace your team shares lives on a PostgreSQL server. Your admin gives you its address and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available; Hearken asks for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server, the database and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Thanks</name>
    <message>
        <source>Thank you so much, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ThanksMode</name>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like and reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ThreadPane</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to read it in its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the sample data&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by the model (%2 sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; asks a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reads %1 (%2 sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that weighed most: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model thinks it asks a question (%1 sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model thinks it asks no question (%1 sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most words are outside what the model knows (another language?), so its tone is only a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the earlier posts of this conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier posts of this conversation could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::Tone</name>
    <message>
        <source>Criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ToneClassifier</name>
    <message>
        <source>cannot open tone model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ToneEvaluation</name>
    <message>
        <source>the text and label files have different numbers of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the label must be 0, 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts: %1
macro-averaged recall: %2%
accuracy: %3%
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: precision %2%, recall %3%, %4 texts
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ToneModel</name>
    <message>
        <source>not a Hearken tone model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported tone model format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model was trained for feature scheme %1, this build uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model has an invalid table size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model has an invalid vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model file has trailing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model file is corrupt (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone model has invalid calibration values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TopicStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TopicTagger</name>
    <message>
        <source>Follow-up topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with the topic (a new name starts a topic), to tell everyone who raised it when it ships:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TrendChart</name>
    <message>
        <source>Items received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism answered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This period, week by week (each from its first day): %2. The period before: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This period, day by day: %2. The period before: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::TriageController</name>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::WeeklyHours</name>
    <message>
        <source>“%1” names days but no hours, as in “mon-fri 09:00-17:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day or a range of days such as “mon-fri”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a span of hours such as “09:00-17:00”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours overlap on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::WelcomePage</name>
    <message>
        <source>Welcome to Hearken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken gathers the mentions, replies, quotes and comments addressed to your brand&apos;s accounts into one calm queue. Criticism and questions come first, kind words are not left unthanked, and your team can see who is answering what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your brand&apos;s %1 accounts. Your browser opens to sign in; Hearken never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;%1 account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or look around first: the sample workspace shows how Hearken works with a few hundred generated items from a made-up coffee brand. Nothing in it is real, and it is kept apart from your own workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample workspace shows how Hearken works with a few hundred generated items from a made-up coffee brand. Nothing in it is real, and it is kept apart from your own workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::auth</name>
    <message>
        <source>No browser is available here. Set BROWSER to a command that opens %1, or open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the browser &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key is %1 bytes long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key is %1 bytes long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be sealed to the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed secret is cut short: it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed secret does not open with this key: it was sealed to another key, or changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key cannot be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key %1 belongs to another user. The service must own its key: run it as that user, or give it the file (chown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key %1 can be read by other users. Run `chmod 600 %1` and start the service again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no service key. Restore the service&apos;s key file, or move this file away so that a new key is made (desks then sign the accounts in again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s id could not be read, so its secrets cannot be found. Open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::auth::AuthorizationCodeFlow</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back from a different server than the one signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::auth::LoopbackListener</name>
    <message>
        <source>You can close this tab and go back to Hearken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody finished signing in in the browser in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not wait for the browser on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back only from a sign-in Hearken did not start (the state did not match). Nothing was signed in; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not for the sign-in Hearken is waiting for. Go back to Hearken and start signing in again if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::AccountAdder</name>
    <message>
        <source>“%1” is not a Bluesky handle: %2. A handle looks like yourname.bsky.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser to sign in with; use an app password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser to sign in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the Bluesky session (%1); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check the address and the connection, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::FormSignIn</name>
    <message>
        <source>Type the account&apos;s handle and sign in in your browser: Hearken never sees your Bluesky password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Bluesky account. Signs in with AT Protocol OAuth in the browser ($BROWSER); with --app-password, with an app password read from HEARKEN_BLUESKY_APP_PASSWORD or the first line of standard input (never put it on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For self-hosted servers. Leave empty to use Bluesky&apos;s own services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yourname.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s handle, for example yourname.bsky.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an app password instead of OAuth (fallback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if signing in in the browser does not work: create an app password in Bluesky under Settings → Privacy and security → App passwords. Never use your account password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the app password, or sign in in the browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time-out (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the servers get to look the account up and sign in (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s PDS, when it cannot be found from the handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found from the handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLC directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;LC directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PLC directory (default https://plc.directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle &amp;resolver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that resolves handles (default https://bsky.social).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth &amp;client metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client metadata URL your organisation hosts (default: the loopback client id, for development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loopback client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an app password (xxxx-xxxx-xxxx-xxxx): it may be the account&apos;s main password, which gives full control of the account. Create an app password in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app password: set %1 or write it to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-out takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDS address is not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PLC directory address is not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle resolver address is not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client metadata address is not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added @%1 (%2), signed in with OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added @%1 (%2), signed in with an app password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::OAuthSignIn</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server signed in a different account than %1, or without DPoP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server %1 did not describe itself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the sign-in request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its PDS names no authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AT Protocol authorization server Hearken can use (issuer, authorization, PAR or token endpoint, or ES256 DPoP missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names sign-in addresses Hearken will not use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::bluesky::Syncer</name>
    <message>
        <source>The Bluesky sign-in expired or was revoked: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::cli</name>
    <message>
        <source>Print the queue (same filters as the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N generated sample items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run hearken --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add generated sample items (clearly marked as sample data) to a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for reproducible data (default: random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days back the items reach (default: 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken import-sample COUNT [--days DAYS] [--seed NUMBER]; COUNT and DAYS are positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has real accounts; sample data would mix with them. Choose another workspace with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 sample items to %2 in %3 s (%4 items/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the queue, most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most this many items; 0 for all (default: 100, or all with --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 items; --limit 0 shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with this flag: unanswered-criticism, unanswered-question, unthanked-praise, overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated states: open, snoozed, done, dismissed, or all (default: open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this network (mastodon, bluesky, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account, by id or handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this tone: criticism, praise, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items assigned to this teammate, me, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search in text and author names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify texts read from standard input, one per line: prints the tone (criticism, praise or other), &quot;question&quot; or &quot;-&quot;, and both confidences, tab-separated, one line for every line read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read JSON lines with a &quot;text&quot; field and print JSON lines with &quot;tone&quot;, &quot;question&quot; and &quot;confidence&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace&apos;s model, adapted by its people&apos;s corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print TweetEval metrics (macro-averaged recall, accuracy, per-tone precision and recall) for a text file and its label file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --evaluate: the text and label files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken classify --evaluate TEXTS LABELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input or write standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone and question for texts on standard input, one line each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken accounts remove ID (the number `accounts list` shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out and removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account (its number or handle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new items (%3 fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync took %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the OAuth client metadata document for Bluesky sign-ins. Host it at the --client-id URL (https) and give that URL to Hearken as the client metadata URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the document will be hosted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scopes to ask for (default: atproto transition:generic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken oauth-client-metadata --client-id https://example.org/hearken/client-metadata.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what is new for every account, or one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review of a period as CSV, PDF or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Bluesky OAuth client metadata to host for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 items to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account (id; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this network (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items assigned to this teammate (id, 0 for unassigned; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, pdf or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv, pdf or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account and --assignee take ids (numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken cannot tell where it is installed, since /proc/self/exe cannot be read: run it where /proc is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken could not start %1: %2. Reinstall Hearken: this part of it is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the supervisor&apos;s review of a period: every item with its timeline (csv), the figures and charts (pdf), or all figures (json). Dates are days in the workspace&apos;s time zone, both included; without them the report covers the last full week, Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; without it, or with -, standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-03-01, --to not before --from; leave both out for the last full week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output names the file to write (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF is not for reading in a terminal: name the file to write with --output, or redirect standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting on the last full week, %1 to %2 (%3); --from and --to choose another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (accounts add NETWORK --OPTION VALUE; accounts add --help lists each network&apos;s options), list or remove accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a team workspace&apos;s service: sync and deliver until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace in PostgreSQL, for its admin: init, add-person, people, remove-person, import (team --help tells more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies that need a supervisor&apos;s approval on a team workspace: list, approve, return, rules (approvals --help tells more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s standard options are understood too: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample opens the sample workspace, not the one --workspace names: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest good backup, made %1, is %2. To work on a copy of it (the damaged file stays as it is):
  cp &quot;%2&quot; &quot;%3&quot;
then pass --workspace &quot;%3&quot; to hearken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken could not back up the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s network accounts: add NETWORK (signs in, through the browser where the network signs in there; $BROWSER is used when set), list, remove (signs out and revokes the sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken accounts add NETWORK --OPTION VALUE... | list [--json] | remove ID (networks: %1; accounts add --help lists their options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken accounts add NETWORK --OPTION VALUE... (networks: %1; accounts add --help lists their options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a supervisor, every reply waiting for approval; for anyone else, their own replies waiting or sent back, with the supervisor&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a waiting reply: the team&apos;s service sends it (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a waiting reply back to its author with what to change (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List whose replies need approval, or turn that on or off for a person or an account (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 by %2 on %3, waiting since %4, to %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    sent back by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #%1 is approved; the team&apos;s service sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the author should change with --note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #%1 went back to its author with your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one person (--person) or one account (--account), and --on or --off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1; the accounts are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needs approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reply on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies that need a supervisor&apos;s approval on a team workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return: what the author should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: a person&apos;s replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: every reply on an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: they need approval from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: they no longer need approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number of seconds, 1 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a team workspace&apos;s service: sync every account on its schedule (and accounts desks add, as they appear) and send the replies and likes desks queue, until SIGTERM or SIGINT. Several services may serve one workspace: each account is synced by one of them, and each reply is sent by one of them, once. One line per event goes to standard error (journald keeps it).
A workspace file is synced and delivered by its window or by hearken sync: serve runs only a team workspace (postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two syncs of an account that does not stream its changes (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two looks for accounts no service syncs yet: new ones, and those of a service that stopped (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two looks for replies desks queued (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a reply this service is sending stays its own without word from it; after that another service sends it, with the same idempotency key (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the service&apos;s key pair, which opens the tokens desks sealed to it; made (readable by this user only) when missing. Services of one workspace share it. Default: service.key in $STATE_DIRECTORY, else in Hearken&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this service&apos;s key although another is published; the accounts sealed to the other are signed in again from a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearken serve runs a team workspace: give it one with --workspace postgresql://USER@HOST/DATABASE. A workspace file is synced and delivered by its window, or by hearken sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: synced, %2 new items (%3 fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another service syncs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 sent from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1 as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hearken accounts add %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what is new for every account (or one): mentions, threads, and replies and likes made from other apps. Progress goes to standard error, and so does every account that was not synced, with why and until when.
Exits with 1 when any account could not be synced (paused by a rate limit, signed out, or failed), so that a script knows its data is not current; 0 only when every account was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced: a sample account has no network to sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced: Hearken cannot sync %2 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced here: another Hearken process (the team&apos;s service) syncs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not indexed for the search yet (the search still finds it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 items (%2 rows with their history) from %3 into %4 in %5 s (%6 items/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts&apos; sign-ins stay with the solo workspace on this desk and were not moved. Sign these accounts in again on the team workspace (hearken accounts add NETWORK --workspace %1), so that its service can sync and deliver for them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a solo workspace, with its whole history, into a team workspace (PostgreSQL) that holds no items yet. The solo file is upgraded first (after a backup) and otherwise left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solo workspace file to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken team import SOLO.hearken --workspace postgresql://user@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a team workspace; team import moves a solo workspace file into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed %1 posts for the search in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an empty PostgreSQL database a team workspace: the schema, the groups manager, supervisor and service, and their rights. Run it again after upgrading Hearken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a colleague a login in a group. The password is asked for twice on a terminal, read from standard input, or generated and shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the team&apos;s people and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a person off the team; what they did keeps their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a solo workspace, with its history, into a team workspace that holds no items yet. Its accounts sign in again on the team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database: name it as postgresql://ADMIN@HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the team as %2 and opens it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their password, shown only this once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace in PostgreSQL, set up by its admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-person: the person&apos;s role, manager, supervisor or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-person: make a password and show it once, instead of asking for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: type one, write it to standard input, or use --generate-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is too short: use at least %2 characters, or --generate-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::mastodon</name>
    <message>
        <source>The Mastodon sign-in expired or was revoked (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post %1 is not on %2; it cannot be answered from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post being answered was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the reply without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post being liked was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sign-in in the keychain. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::FormSignIn</name>
    <message>
        <source>Type the server your account is on. Your browser opens to let Hearken in; Hearken never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Mastodon account (or one on a server that speaks Mastodon&apos;s API): signs in through the browser ($BROWSER is used when set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon server, e.g. mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name, for example mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow Hearken in the browser. If no browser opened, open this address:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (account %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::SignIn</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering Hearken on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered Hearken without giving it credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow Hearken in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked but the system keychain did not keep it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what %1 allows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not wait for the browser on this computer: no port is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names sign-in addresses Hearken will not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a Mastodon server. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not say which account signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::SignOut</name>
    <message>
        <source>Hearken&apos;s registration on %1 is unknown; the token could not be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the sign-out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of %1 was cancelled; remove the account again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::mastodon::Syncer</name>
    <message>
        <source>The sign-in expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the server&apos;s rate limit until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::net</name>
    <message>
        <source>%1 answered with unreadable data (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken only talks to %1 over https; plain http is allowed for this computer&apos;s own addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearken does not send a user name or password inside a web address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address of a private or reserved network; Hearken only connects to public servers and to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web server&apos;s address: Hearken signs in over https. Type a name like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with data of the wrong shape (expected a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with data of the wrong shape (expected a JSON array).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::net::HttpCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to wait before the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more data than Hearken accepts in one answer (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent Hearken elsewhere: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::outbox</name>
    <message>
        <source>The reply holds only @mentions. Write what you want to say after them, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::store</name>
    <message>
        <source>The team workspace&apos;s sealed secrets cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Hearken service has published its key in this team workspace yet, so no token can be sealed to it. Start `hearken serve` once so that it publishes its key, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Hearken service opens this account&apos;s tokens; a desk of a team workspace never holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is sealed to another service key (%2), not to this service&apos;s (%3): sign its account in again from a desk, or start the service with the key file that holds that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 cannot be opened: %2 Sign its account in again from a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published service key cannot seal secrets (%1). Start `hearken serve --replace-key` to publish a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this team workspace does not add the brand&apos;s accounts; ask the team&apos;s admin to sign them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::sync</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by the server&apos;s rate limit until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in expired or was revoked: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::ui</name>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A social inbox for community managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample workspace, creating it on first use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
