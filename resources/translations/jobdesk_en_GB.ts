<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>Outbox not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results cannot be kept safely, so none can be set in this session. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk</name>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ApiClient</name>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer-Id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ApiError</name>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before an answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server was refused: %1. If your company uses its own certificate authority, add its certificate (CA file) in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the BigChange server. Check your network or VPN connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigChange server did not answer in time. It may be busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange did not accept the connection&apos;s credentials. Check the client id and secret in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange refused this action: the application is not allowed to do it for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange could not find it; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange is busy and asked Jobdesk to wait before sending more requests; it will be tried again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigChange server had a problem on its side (error %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigChange server had a problem on its side. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BigChange server sent an answer this app cannot use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ConnectionTester</name>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL answered, but not like a BigChange API: %1 Check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The token was issued and jobs of customer %1 can be read (no started jobs in the last 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The token was issued and jobs of customer %1 can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange did not accept the client id and secret. Check the Client id and Client secret fields (the secret is case-sensitive) and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an access token from %1. %2 Check the Token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was issued, but BigChange does not let this client read the jobs of customer %1. Check the Customer-Id field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was issued, but the API URL did not accept it. Check the Client id and the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was issued, but reading jobs for customer %1 from %2 failed. %3 Check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::CredentialStore</name>
    <message>
        <source>No client secret: set %1 or save one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Credential Manager could not read the client secret (error %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is too long for the Windows Credential Manager (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Credential Manager could not save the client secret (error %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Credential Manager could not delete the client secret (error %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ErrorText</name>
    <message>
        <source>BigChange refused to set the result: the connection &quot;%1&quot; (client id %2) does not have the jobs:write permission for customer %3 (Customer-Id %3). Ask your BigChange administrator to grant jobs:write to this client, or switch to a connection that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists in BigChange for customer %2; it may have been deleted. Refresh the list to see the current jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange did not accept this result; see the message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange did not accept this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the result was being sent, so it is not certain whether BigChange recorded it. Refresh the list to check %1 before sending again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was not sent. %1 Your choice is kept; send it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is kept in the Outbox and will be sent automatically; you can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – will be sent when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange had a problem on its side (error %1) and did not take the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange is busy and asked Jobdesk to wait %1 seconds before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange is busy and asked Jobdesk to wait a second before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange is busy and asked Jobdesk to wait before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange&apos;s answer could not be understood, so Jobdesk will check the job before sending the result again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – BigChange has not answered yet; the result will be delivered in the background. You can close this window; the Outbox shows how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued – another Jobdesk on this computer is sending this connection&apos;s results; it will send this one too. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result for %1 was already delivered to BigChange (%2 — &quot;%3&quot;), so it cannot be set again from Jobdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result for %1 is in the Outbox and needs attention: %2 — &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result for %1 is already queued: %2 — &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with %1 — &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::GetJobRequest</name>
    <message>
        <source>asked for job %1 but the server sent job %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::GetJobTypeRequest</name>
    <message>
        <source>asked for job type %1 but the server sent %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::HttpExchange</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer stopped arriving before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed before the whole answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with a web page instead of data (HTTP %1); a proxy or login page may be in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to %1; redirects are not followed so that credentials never go to another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobCache</name>
    <message>
        <source>Cannot create the cache folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cache %1 is not one this version can read; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cache %1 is damaged; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobDetailsText</name>
    <message>
        <source>Job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (BigChange accepted it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobLookup</name>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job %1 in BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobQuery</name>
    <message>
        <source>At most %1 values may be given for %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 window needs both a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange needs at least a job id, a reference, or a complete date window (created or status changed) to list jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobText</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JobTypeLoader</name>
    <message>
        <source>Not connected to BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::JsonMapping</name>
    <message>
        <source>The server&apos;s answer is nested too deeply to be a valid reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a page object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s page has no &quot;items&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the server&apos;s page is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the server&apos;s page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s page says it holds %1 items but holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job has no valid id (expected a positive whole number, got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job type has no valid id (expected a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::MemoryCredentialStore</name>
    <message>
        <source>this session&apos;s memory (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::OutboxAttempt</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::OutboxDispatcher</name>
    <message>
        <source>%1 is now &quot;%2&quot; in BigChange; a result can only be set while a job is Started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange did not accept this result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot; on the server, so this result was not applied. Check the job and submit again or discard this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange applied the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job already carries this result: confirmed delivered without sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be read back (%1); it is read back again before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is still Started without this result: not applied, sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is already started: confirmed without starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange started the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is not started: the start had not arrived, sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::OutboxItem</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::OutboxResultSubmitter</name>
    <message>
        <source>The outbox is not available, so the result cannot be kept safely and was not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier result for this job is being sent right now, so it cannot be replaced. Wait a moment and look at the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result for this job is already waiting in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result for this job was already delivered to BigChange, so it cannot be set again from Jobdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved in the outbox, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::OutboxStore</name>
    <message>
        <source>Cannot create the folder %1 for the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so the outbox cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the outbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the outbox to WAL mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the outbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox was written by a newer version of Jobdesk (schema %1, this version knows %2); update Jobdesk to send what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outbox item needs the key of its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox item %1 is not in a state that allows this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::OutboxText</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::Profile</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 uses plain http:// to %2, which would send credentials unencrypted. Use https:// (plain http is only allowed to this computer&apos;s own loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must start with https:// (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer-Id must be a positive whole number (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer-Id is missing; it is the number BigChange gave for your customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::Receipts</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for job %1 was submitted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: %1 &quot;%2&quot; (outbox item %3, connection %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Queued at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Attempt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Confirmed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, next attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts for job %1 (id %2), submissions from this computer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Attempts made before Jobdesk kept receipts: %1 (their times and answers were not kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: Start job (outbox item %1, connection %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ResultBatch</name>
    <message>
        <source>not started (it is %1): only started jobs can get a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result was already delivered from this computer (%1, &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its result (&quot;%1&quot;) is being sent right now; see the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its result (&quot;%1&quot;) needs attention in the Outbox: change it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result (&quot;%1&quot;) is already queued in the Outbox: change it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ResultBatchRun</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline; it is sent when BigChange can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange had a problem (error %1); it is sent again automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange could not be reached; it is sent again automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet; it carries on in the background and the Outbox shows how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Jobdesk window or jobdesk-cli sends this connection&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ResultSubmission</name>
    <message>
        <source>the outbox changed while the submission was being saved; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ResultValidation</name>
    <message>
        <source>A result can only be set on a started job; this job is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job type information does not belong to this job; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; does not allow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed result for job type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::SandboxLauncher</name>
    <message>
        <source>The jobdesk-sandbox program was not found next to Jobdesk or on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not report ready within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs a practice folder of its own, and none could be made in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::SavedViewStore</name>
    <message>
        <source>Give the view a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in view; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 views can be saved; delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in views cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in views cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 views can be saved; delete some first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::SavedViews</name>
    <message>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;name&quot; is missing or not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;status&quot; is missing or not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status &quot;%1&quot; is not a BigChange job status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;window&quot; is not one of changedWithinDays, changedBeforeHours, changedToday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an &quot;amount&quot;, which a view of today does not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;amount&quot; is not a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;amount&quot; (hours) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;needsAttention&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;filter&quot; is not a text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;columns&quot; is not a list of column numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;columns&quot; must list different column numbers from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;sortColumn&quot; is not a column number from -1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;sortOrder&quot; is not &quot;ascending&quot; or &quot;descending&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started more than 8 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with issues today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 KB; a views file is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Jobdesk views file: it does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Jobdesk views file: it has no &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is of views format version %1; this Jobdesk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no list of &quot;views&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 views; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 of the file cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has two views named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 of the file is named &quot;%2&quot;, like a built-in view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::Session</name>
    <message>
        <source>%1 (customer %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::TlsConfig</name>
    <message>
        <source>No PEM certificate could be read from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::TokenSource</name>
    <message>
        <source>The token endpoint&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::CliCommand</name>
    <message>
        <source>Attempt %1 failed (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expects exactly one job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a job id (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown --format &quot;%2&quot;; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::CliHelp</name>
    <message>
        <source>Usage: jobdesk-cli [connection options] COMMAND [command options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options (before or after the command):
  --profile NAME       Use the saved connection profile NAME (as set up in the Jobdesk
                       app). Its client secret is read from the system keychain.
  --api-url URL        API address, e.g. https://api.bigchange.com (overrides the profile).
  --token-url URL      Token address (default: the API URL + /auth/tokens).
  --customer-id N      BigChange Customer-Id.
  --client-id ID       OAuth client id.
  --ca-file PEM        Extra trusted CA certificates for a private deployment.
  --timeout SECONDS    Give up on one attempt after this long (default 30).
  -h, --help           Show this help; &quot;jobdesk-cli COMMAND --help&quot; for one command.
  --version            Show the version.

The client secret is never a command-line option. It comes from the environment
variable JOBDESK_CLIENT_SECRET if set, otherwise from the keychain entry of --profile.
Plain http:// is only accepted to this computer (localhost / 127.0.0.1 / ::1).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  unexpected error
  2  usage: bad option, argument, profile or connection settings; no client secret
  3  rejected: the request failed validation (BigChange 400/422, or the local check);
     a job whose result was already delivered from the outbox; outbox send/retry: an
     item needs attention
  4  authentication or permission: credentials refused (401), not allowed (403)
  5  not found (404)
  6  network or server failure: no connection, timeout, 5xx, rate limited after
     retries, an answer that cannot be used; set-result --no-queue when the result
     could not be delivered (it is removed from the outbox); outbox send/retry when
     items are still queued because the server cannot be reached

set-result exits 0 when the result is delivered, and also when it stays queued in the
outbox because the server cannot be reached or another process (the Jobdesk app) is
sending this connection&apos;s outbox; it exits 2 when the job already has a result in the
outbox and --replace is not given.

Errors are written to standard error in plain words, with the server&apos;s trace id when
it sent one. Output is UTF-8.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::CliOptions</name>
    <message>
        <source>The client secret is never taken from the command line: set %1 or store it in the system keychain for the --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::CliOutput</name>
    <message>
        <source>(not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange rejected the request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trace id: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::CliSession</name>
    <message>
        <source>The outbox cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret for profile &quot;%1&quot;: set %2 or save the secret in the Jobdesk app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::JobIdList</name>
    <message>
        <source>more than %1 job ids; split the list into smaller runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB; that is not a list of job ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file of job ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::ListJobTypesCommand</name>
    <message>
        <source>  job-types [--format table|json]
        List job types with their allowed results.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobdesk-cli [connection options] job-types [--format table|json]

Lists every job type with its allowed results; json is an array of job type objects.
In the table, unusual spacing in results is shown with · marks.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::ListJobsCommand</name>
    <message>
        <source>  jobs [--status S]... [--since ISO8601] [--format table|json|csv]
        List jobs. Default: started jobs whose status changed in the last 30 days.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobdesk-cli [connection options] jobs [--status S]... [--since ISO8601]
                                           [--format table|json|csv]

Lists jobs, every page.
  --status S        Only jobs in status S; repeat (or separate with commas) for several.
                    One of: new, scheduled, unscheduled, sent, read, accepted, refused,
                    onTheWay, started, suspended, completedOk, completedWithIssues,
                    cancelled, lateStart, lateFinish, rescheduled. Default: started.
  --since ISO8601   Jobs whose status changed since then (for example 2026-05-01 or
                    2026-05-01T08:00:00Z), up to tomorrow. Default: the last 30 days.
  --format F        table (default), json (an array of job objects) or csv (RFC 4180,
                    with a header row). Columns: id, reference, status, type, contact,
                    engineer, planned start, status changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs: unknown --status &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs: --since &quot;%1&quot; is not an ISO 8601 date or date-time (for example 2026-05-01T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs: --since &quot;%1&quot; is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::OutboxCommand</name>
    <message>
        <source>There is no outbox item %1 for this connection (%2); see &quot;jobdesk-cli outbox list --all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is being sent right now; see &quot;jobdesk-cli outbox list&quot; in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was already delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 outbox item %2 (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1: expects exactly one item id (see &quot;jobdesk-cli outbox list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1: unexpected argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1: &quot;%2&quot; is not an item id (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1: --%2 only applies to &quot;outbox %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox discard: add --yes to confirm. A discarded result is never sent; there is no prompt, so the command line must say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 could not be discarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded outbox item %1 (%2): it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer for outbox item %1 (%2); reading %3 back to see whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered %1, needs attention %2, still queued %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention: item %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still queued: item %1, %2, next attempt %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending: another process is sending this profile&apos;s outbox (the Jobdesk app or another jobdesk-cli); it sends what is queued. Nothing was sent by this one. In the outbox now: %1 queued, %2 being sent, %3 needing attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  outbox list [--all] [--format table|json]
        Show the results waiting in the outbox (--all: delivered and discarded too).
  outbox send
        Send everything queued now, including results waiting for a later attempt.
  outbox retry ID
        Send one queued or needs-attention item again now.
  outbox discard ID --yes
        Remove an item from the outbox; it is never sent.
  outbox ledger [--all-connections] [--format table|csv]
        Every attempt to send each result, with times, HTTP status and trace id.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobdesk-cli [connection options] outbox list [--all] [--format table|json]
       jobdesk-cli [connection options] outbox send
       jobdesk-cli [connection options] outbox retry ID
       jobdesk-cli [connection options] outbox discard ID --yes
       jobdesk-cli [connection options] outbox ledger [--all-connections] [--format table|csv]

Results are saved in the outbox (outbox.sqlite in the Jobdesk data folder, or in
$JOBDESK_DATA_DIR) before they are sent, so none is lost when BigChange cannot be
reached. Each server and customer has one outbox, &quot;HOST[:PORT][/PATH]/CUSTOMER&quot;,
shared with the app whether --profile NAME or --api-url/--customer-id name it.
Only one process sends a connection&apos;s outbox at a time.
  list      Items still to be sent or needing attention; --all adds delivered and
            discarded ones. Columns: id, job, result kind, result text (unusual
            spacing shown with · marks), state, attempts, next attempt, last
            error. --format json: see app/cli/README.md. Needs no client secret.
  send      Send everything queued, including items waiting for a later attempt,
            then print &quot;delivered N, needs attention M, still queued K&quot; and the
            problems. Exit 0 if nothing needs attention, 3 if something does, 4 if
            the credentials were refused, 6 if items are still queued because the
            server cannot be reached. If another process is sending, it says so
            and exits 0.
  retry ID  Make a queued or needs-attention item due now and send it, as send does.
  discard ID --yes
            Remove a queued or needs-attention item; it is never sent. --yes is
            required (there is no prompt). Needs no client secret.
  ledger    The outbox&apos;s receipts: one row per attempt to send a result (a PUT, or a
            read-back of the job when an answer was lost), newest item first:
            item id, job id and reference, what was submitted, when it was queued,
            the attempt&apos;s number, start and end (local time with offset), outcome,
            HTTP status (0: no answer), the server&apos;s trace id, message, and when
            delivery was confirmed. An item not sent yet, or sent before Jobdesk
            kept receipts, has one row without attempt. --format csv: RFC 4180 for
            programs (see app/cli/README.md); --all-connections: every server and
            customer in the outbox, not only this one. Needs no client secret.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox: say what to do: list, send, retry ID, discard ID or ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox: unknown action &quot;%1&quot;; use list, send, retry ID, discard ID or ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1: --format only applies to &quot;outbox list&quot; and &quot;outbox ledger&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox ledger: use --format table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox holds no results.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::OutboxOutput</name>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange rejected the result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trace id: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange refused to start the job:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::SetResultCommand</name>
    <message>
        <source>Job %1 already has a result delivered from this outbox (item %2: %3 &quot;%4&quot;, %5). BigChange accepts one result per job; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1&apos;s earlier result (outbox item %2) is being sent right now; it cannot be replaced. See &quot;jobdesk-cli outbox list&quot; in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 already has a result in the outbox (item %2, %3: %4 &quot;%5&quot;). Use --replace to replace it, &quot;jobdesk-cli outbox retry %2&quot; to send it again, or &quot;jobdesk-cli outbox discard %2 --yes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no job type, so its allowed results are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the result does not fit job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be read, so the result was not checked here; BigChange checks it when it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier result for job %1 in the outbox was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the result could not be saved in the outbox (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer to the result (%1); reading job %2 back to see whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delivered from the outbox: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 (%2) needs attention: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result set for job %1: %2, result &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result stays in the outbox as item %1 (needs attention): fix the job, then &quot;jobdesk-cli outbox retry %1&quot;; or set-result again with --replace; or &quot;jobdesk-cli outbox discard %1 --yes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 was discarded by another process; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is unknown: the last attempt got no answer, so BigChange may have applied it. Check job %1 before sending the result again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached, and with --no-queue the result was removed from the outbox, so nothing will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is in the outbox as item %1; next attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued: job %1 will be sent when the server can be reached (jobdesk-cli outbox send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued: job %1 (outbox item %2): another process is sending this profile&apos;s outbox (the Jobdesk app or another jobdesk-cli) and will send this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-result: both --status and --result are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-result: --status must be completedOk or completedWithIssues (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  set-result ID [ID...] --status completedOk|completedWithIssues --result TEXT
             [--ids-from FILE] [--replace] [--no-queue]
        Complete started jobs. TEXT must match one of the job type&apos;s results exactly
        (case and spaces count); it is checked, saved in the outbox, then sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobdesk-cli [connection options] set-result ID [ID...] --status STATUS
                   --result TEXT [--ids-from FILE] [--replace] [--no-queue]

Completes started job ID (or several jobs, each with the same result).
  --status STATUS   completedOk or completedWithIssues.
  --result TEXT     One of the job type&apos;s positive (completedOk) or negative
                    (completedWithIssues) results, exactly: case and spaces count.
  --ids-from FILE   Also the job ids in FILE (&quot;-&quot;: standard input): whole numbers
                    separated by spaces, commas or lines; &quot;#&quot; starts a comment.
                    An id listed twice is done once; at most 5000 ids.
  --replace         Replace the job&apos;s result that is still in the outbox.
  --no-queue        Do not leave the result queued for later: if it cannot be
                    delivered now, remove it from the outbox and exit 6.

The job and its type are read first and the result is checked locally; problems
are listed as &quot;field: message&quot; lines and the exit code is 3. The result is then
saved in the outbox (see &quot;jobdesk-cli outbox --help&quot;) before it is sent.
  Delivered: &quot;Result set for job ...&quot;, exit 0.
  Refused by BigChange (400/403/404/422): the server&apos;s messages, exit 3/4/5; the
    item stays in the outbox as needing attention (outbox retry / discard).
  Server unreachable (network, timeout, 5xx, 429): &quot;queued: job ID will be sent
    when the server can be reached&quot;, exit 0 (with --no-queue: exit 6, removed).
    If even the job cannot be read, the result is queued unchecked.
  Another process (the Jobdesk app) sends this outbox: it stays queued, exit 0.
A result is never sent twice blindly: when an answer is lost the job is read back
first, and the result counts as delivered if the job already carries it.
A job that already has a result in the outbox: exit 2 unless --replace. A job
whose result was already delivered from this outbox: exit 3.

Several jobs: each is checked and saved in the outbox first, then all are sent;
one job&apos;s problem never stops the others. Each job gets its line, then a count
on standard error. The exit code is the worst job&apos;s, in this order from best to
worst: 0, 6 (not reachable now), 2, 5, 3, 4, 1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-result: --ids-from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-result: --ids-from: no job ids in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-result: expects a job id (or several, or --ids-from FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, so the jobs after job %1 (%2 more) are not read either: their results are queued unchecked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: not sent and not queued (--no-queue): nothing will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: another process is sending this profile&apos;s outbox (the Jobdesk app or another jobdesk-cli), and with --no-queue the result for job %1 was removed from the outbox again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1 delivered, %2 queued, %3 not done (see above), of %4; exit code %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::ShowJobCommand</name>
    <message>
        <source>  job ID [--format table|json] [--receipts [--offline]]
        Show one job; --receipts: and what this computer submitted for it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobdesk-cli [connection options] job ID [--format table|json]
       jobdesk-cli [connection options] job ID --receipts [--offline]

Shows one job: as &quot;field: value&quot; lines (table, default) or as one JSON object.
  --receipts  Then the job&apos;s receipts from the outbox on this computer: every
              result submitted for it on this connection, newest first, with when
              it was queued, each attempt (local time, HTTP status or &quot;no answer&quot;,
              the server&apos;s trace id, what it meant), when delivery was confirmed
              and its state now. Plain text, to paste into an email. If the job
              cannot be read, the receipts are printed all the same and the exit
              code says why the job could not be read.
  --offline   With --receipts: do not ask BigChange for the job; only the local
              receipts (no network, no client secret needed).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job: --offline only applies with --receipts (the job itself comes from BigChange).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job: --receipts prints text; it cannot be combined with --format json (see &quot;jobdesk-cli outbox ledger --format csv&quot; for data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be read from BigChange; its receipts from this computer follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::cli::StartJobCommand</name>
    <message>
        <source>Job %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  start ID [--no-queue]
        Move a job to &quot;started&quot; (saved in the outbox, then sent).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobdesk-cli [connection options] start ID [--no-queue]

Moves job ID to &quot;started&quot; so that its result can be set.
  --no-queue        Do not leave the start queued for later: if it cannot be
                    delivered now, remove it from the outbox and exit 6.

The job is read first: one that is already started is not sent again, exit 3.
The start is then saved in the outbox (see &quot;jobdesk-cli outbox --help&quot;) before
it is sent, like set-result:
  Delivered: &quot;Job ID started.&quot;, exit 0.
  Refused by BigChange (e.g. 409/422: the job&apos;s status does not allow a start):
    the server&apos;s messages, exit 3/4/5; the start stays in the outbox as needing
    attention (outbox retry / discard).
  Server unreachable (network, timeout, 5xx, 429): &quot;queued: job ID will be started
    when the server can be reached&quot;, exit 0 (with --no-queue: exit 6, removed).
  Another process (the Jobdesk app) sends this outbox: it stays queued, exit 0.
When an answer is lost the job is read back first: if it is started, the start
counts as delivered. A result set for the same job while its start waits in the
outbox is sent only after the start is delivered.
A job that already has a start in the outbox: exit 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 already has a start in the outbox (item %2, %3). See &quot;jobdesk-cli outbox list&quot;; &quot;jobdesk-cli outbox retry %2&quot; sends it again, &quot;jobdesk-cli outbox discard %2 --yes&quot; removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the start could not be saved in the outbox (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is already started in BigChange; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent and not queued (--no-queue): nothing will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer to the start (%1); reading job %2 back to see whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start stays in the outbox as item %1 (needs attention): check the job, then &quot;jobdesk-cli outbox retry %1&quot;, or &quot;jobdesk-cli outbox discard %1 --yes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 was discarded by another process; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is unknown: the last attempt got no answer, so BigChange may have started job %1. Check it before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached, and with --no-queue the start was removed from the outbox, so nothing will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is in the outbox as item %1; next attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued: job %1 will be started when the server can be reached (jobdesk-cli outbox send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: another process is sending this profile&apos;s outbox (the Jobdesk app or another jobdesk-cli), and with --no-queue the start was removed from the outbox again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued: job %1 (outbox item %2): another process is sending this profile&apos;s outbox (the Jobdesk app or another jobdesk-cli) and will start it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AppOptions</name>
    <message>
        <source>Jobdesk: set the results of BigChange field-service jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer-Id to work for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id; the secret comes from the keychain or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings in FILE (an INI file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local jobdesk-sandbox and connect to it (nothing is saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the jobdesk-sandbox program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile or the connection options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer-id and --client-id are both needed to connect without a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AttentionNotifier</name>
    <message>
        <source>Result for %1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::BulkResultDialog</name>
    <message>
        <source>Set result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each job gets its own item in the Outbox (Ctrl+Enter from any field; Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the results of &quot;%1&quot;, so these jobs cannot get one now. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the results of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of type &quot;%1&quot;: one outcome and result for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are of %1 job types, each with its own results: choose one for each type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected jobs can get a result now; see why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will get a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out – nothing is sent for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these %1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; has no results for &quot;%2&quot;, so that outcome cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent exactly as: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this job type are not loaded yet, so these jobs cannot get one now. Leave them out of the selection, or wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result for these jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of each job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result is kept in the Outbox until BigChange has it; queued ones are sent automatically. Those that need attention can be changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Left out – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results still on their way stay in the Outbox and are sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ConnectionActions</name>
    <message>
        <source>&amp;Edit connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the addresses, Customer-Id, client id, secret or name of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this connection and its client secret from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;? Its settings and its client secret in %2 are removed from this computer. Results still in the Outbox for it stay there and are sent when you connect to the same server and customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was deleted, but its client secret could not be removed from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to BigChange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the API URL (API URL + /auth/tokens) until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Heating (defaults to &quot;Customer N&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s numeric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the details BigChange gave you for this customer. The client secret is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer-Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local practice server with demo jobs. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing: getting a token and reading one page of jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a connection that failed its test?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed:

%1

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the client secret in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be saved: %1 You can still connect now; the secret is then kept only until Jobdesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without saving the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::CsvExport</name>
    <message>
        <source>Jobdesk could not create %1. Check that the folder exists and that you may save files there, or choose another folder, such as Documents. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobdesk could not finish writing %1; nothing was saved. The disk may be full, or the file may be open in another program such as Excel: free some space or close the file, then export again. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the jobs shown, with the visible columns, as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %L1 jobs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ErrorDetails</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::FilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which jobs to fetch from BigChange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed within the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs whose status changed within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded jobs (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changed in last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::FindJobOffer</name>
    <message>
        <source>Found %1 in BigChange: it is shown in Job details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange could not be searched. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job loaded here matches &quot;%1&quot;. Press Enter again to search BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search BigChange for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching BigChange for %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobDetailsDock</name>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide everything BigChange holds about the current job (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The details below are as the list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be read from BigChange. %1 The details below are as the list shows them and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to BigChange first: the ledger is kept per connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ledger as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger was not saved to %1: %2. Choose a folder you can write to; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobListModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result sent from this computer at %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no reference; its id is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result sent from this computer at %1: %2 — &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobTable</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded job matches &quot;%1&quot;.
Press Esc in the filter field to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::LoadStatus</name>
    <message>
        <source>Loading jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %L1 jobs so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached list from %1 – refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached list from %1 – may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::MainWindow</name>
    <message>
        <source>Jobdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange lists no jobs for this status and period. Choose another status or more days above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 no longer exists in BigChange and was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the jobs again from BigChange (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs to show: the list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list could not be refreshed. %1 The jobs shown are the cached list from %2 and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list could not be loaded. %1 The jobs shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 job to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 jobs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OutboxController</name>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the results waiting to be sent (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result is still queued. It is kept and will be sent the next time Jobdesk runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results are still queued. They are kept and will be sent the next time Jobdesk runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result needs your attention: BigChange did not accept it, and it will not be sent until you correct or discard it in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results need your attention: BigChange did not accept them, and they will not be sent until you correct or discard them in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results still queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OutboxModel</name>
    <message>
        <source>Sent exactly as: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id %1, submitted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(moves the job to Started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the job&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks BigChange to start the job (PUT /v1/jobs/%1/start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result is sent once the job&apos;s start, also in the Outbox, is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected result now instead of waiting for the next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the result dialog with this result and what BigChange said about it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending this result; BigChange keeps the job as it is (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result for %1 (%2 — &quot;%3&quot;) will not be sent to BigChange. The job stays as it is there.

Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be started in BigChange from this computer. The job stays as it is there.

Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OutboxStatus</name>
    <message>
        <source>Open the Outbox (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline – results wait in the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange can be reached; results are sent as soon as they are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange cannot be reached. Results you set are kept in the Outbox and sent automatically when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::OutboxStyle</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result queued: it will be sent to BigChange automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result being sent to BigChange now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: BigChange did not accept the queued result. Open the Outbox (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result delivered to BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start queued: the job will be started in BigChange automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start being sent to BigChange now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: BigChange did not start the job. Open the Outbox (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started in BigChange from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReceiptsView</name>
    <message>
        <source>&amp;Copy receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ledger as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for this job was submitted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job&apos;s submissions as plain text, to paste into an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every submission of this connection with each of its attempts (times, HTTP status, trace id) as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ResultActions</name>
    <message>
        <source>&amp;Set result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dialog, Ctrl+Enter sets it from any field and Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one result for the %1 selected jobs (Enter). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a started job to set its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only started jobs can get a result; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the result of %1 (Enter). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result set: %1 — &quot;%2&quot; for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the result of %1 (Enter): it is sent once the job&apos;s start, waiting in the Outbox, is delivered. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ResultDialog</name>
    <message>
        <source>Set result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading job type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – the results of &quot;%1&quot; as of %2, saved on this computer. BigChange checks the result when it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange could not be asked for the current results of &quot;%1&quot;, so these are as of %2, saved on this computer. BigChange checks the result when it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of job type &quot;%1&quot; changed in BigChange, and &quot;%2&quot; is no longer one of them. Choose the result again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the job type &quot;%1&quot;, so its results cannot be shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type &quot;%1&quot; has no results for &quot;%2&quot;, so that outcome cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued result &quot;%1&quot; is no longer offered for this job type; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent exactly as: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the queued result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the queued one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is kept in the Outbox and is sent in the background; the Outbox shows how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the result (Ctrl+Enter from any field; Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::SessionController</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1: reading the client secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is saved for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Use &quot;New connection…&quot; to connect to BigChange or to try the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result waiting in the Outbox was set for %1 and stays with that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results waiting in the Outbox were set for %2 and stay with that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are sent when a connection to it is used again; jobdesk-cli can list or discard them (outbox list --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not keep its practice results, so it was not opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to a local practice sandbox with demo jobs. Nothing you do here reaches BigChange, and practice results stay out of your real Outbox; the sandbox and its results go when Jobdesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::StartJobAction</name>
    <message>
        <source>S&amp;tart job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to BigChange to start jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job that is not started to start it (Ctrl+Shift+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a start waiting in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs that are not started can be started; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected jobs can be started: they are started, finished, cancelled, or have a start waiting in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 in BigChange (Ctrl+Shift+T). You are asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the %1 selected jobs that are not started (Ctrl+Shift+T). You are asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this job in BigChange?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start these %1 jobs in BigChange?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their status becomes Started for everyone who works with them. Each start goes through the Outbox: it is kept if BigChange cannot be reached now and sent when it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start %1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not started: the Outbox could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a start in the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BigChange did not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was started in BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were started in BigChange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be started when BigChange can be reached; the start is kept in the Outbox. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The start waits in the Outbox (Ctrl+Shift+O): retry or discard it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ViewSwitcher</name>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which saved view the job list shows (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, rename, delete, import or export views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (the filters, columns and sort shown now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the view &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot; for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; renamed to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in views cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? The jobs it shows stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobdesk views (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobdesk-views.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobdesk views (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views imported from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views exported to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &quot;jobdesk-cli --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
