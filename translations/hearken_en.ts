<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>hearken</name>
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
    <name>hearken::AccountSync</name>
    <message numerus="yes">
        <source>Syncing… %n fetched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>hearken::AddBlueskyDialog</name>
    <message>
        <source>Sign in in the &amp;browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Bluesky account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s handle and sign in in your browser: Hearken never sees your Bluesky password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yourname.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password</source>
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
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found from the handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLC directory address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle resolver address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;LC directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle &amp;resolver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For self-hosted servers. Leave empty to use Bluesky&apos;s own services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address is not a web address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s handle, for example yourname.bsky.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the app password, or sign in in the browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLC directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle resolver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::AddMastodonDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Mastodon account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server your account is on. Your browser opens to let Hearken in; Hearken never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow Hearken in the browser. If no browser opened, open this address:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name, for example mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
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
</context>
<context>
    <name>hearken::BlueskyAccountAdder</name>
    <message>
        <source>No browser to sign in with; use an app password instead.</source>
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
</context>
<context>
    <name>hearken::BlueskyAccountSyncer</name>
    <message>
        <source>The Bluesky sign-in expired or was revoked: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearken::BlueskyOAuthSignIn</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its PDS names no authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server %1 did not describe itself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AT Protocol authorization server Hearken can use (issuer, PAR, token endpoint or ES256 DPoP missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server signed in a different account than %1, or without DPoP.</source>
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
</context>
<context>
    <name>hearken::ClassifyRunner</name>
    <message>
        <source>expected an object with a string field &quot;text&quot;</source>
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
        <source>%1 marked the topic “%2” %3</source>
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
        <source>&amp;Mastodon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts cannot be added to the sample workspace. Open your own workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bluesky…</source>
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
</context>
<context>
    <name>hearken::QueueTable</name>
    <message>
        <source>Assignee</source>
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
        <source>Cannot write %1: %2</source>
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
</context>
<context>
    <name>hearken::ReviewRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&lt;b&gt;%1&lt;/b&gt; — time zone %2; %3. Compared with the %4 days before.</source>
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
        <source>Add your brand&apos;s accounts. Signing in to Mastodon and Bluesky arrives in a coming version of Hearken; this version cannot connect to a network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, the sample workspace shows how Hearken works with a few hundred generated items from a made-up coffee brand. Nothing in it is real, and it is kept apart from your own workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
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
</context>
<context>
    <name>hearken::auth::AuthorizationCodeFlow</name>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back from a sign-in Hearken did not start (the state did not match). Nothing was signed in; try again.</source>
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
        <source>Usage: hearken accounts add mastodon --server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (account %2).</source>
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
        <source>The workspace&apos;s network accounts: add (signs in through the browser; $BROWSER is used when set), list, remove (signs out and revokes the sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon server, e.g. mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken accounts add mastodon --server URL | add bluesky --handle HANDLE [--app-password] | list [--json] | remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what is new for every account (or one): mentions, threads, and replies and likes made from other apps. Progress goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account (its number or handle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign in again (hearken accounts add %2): %3</source>
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
        <source>Add a Bluesky account. Signs in with AT Protocol OAuth in the browser ($BROWSER); with --app-password, with an app password read from HEARKEN_BLUESKY_APP_PASSWORD or the first line of standard input (never put it on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an app password instead of OAuth (fallback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s PDS, when it cannot be found from the handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PLC directory (default https://plc.directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that resolves handles (default https://bsky.social).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client metadata URL your organisation hosts (default: the loopback client id, for development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearken accounts add bluesky --handle HANDLE [--app-password]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app password: set HEARKEN_BLUESKY_APP_PASSWORD or write it to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser to sign in with: set $BROWSER, or use --app-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added @%1 (%2), signed in with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app password</source>
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
        <source>Add (accounts add mastodon --server URL, accounts add bluesky --handle H), list or remove accounts.</source>
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
        <source>Cannot write %1: %2</source>
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
        <source>Write the supervisor&apos;s review of a period: every item with its timeline (csv), the figures and charts (pdf), or all figures (json). Dates are days in the workspace&apos;s time zone, both included.</source>
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
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-03-01, --to not before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv, pdf or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output names the file to write.</source>
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
    <name>hearken::mastodon::SignIn</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Type a name like mastodon.social.</source>
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
        <source>%1 names sign-in addresses Hearken will not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a Mastodon server. Check the address.</source>
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
        <source>%1 did not say which account signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked but the system keychain did not keep it: %1</source>
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
</context>
<context>
    <name>hearken::mastodon::Syncer</name>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in expired or was revoked. Sign in again.</source>
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
        <source>%1 answered with data of the wrong shape (expected a JSON %2).</source>
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
