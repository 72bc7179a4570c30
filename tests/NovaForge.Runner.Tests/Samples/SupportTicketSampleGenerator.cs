using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NovaForge.Runner.Tests.Samples;

/// <summary>
/// Writes pipelines/data/support-tickets.csv: synthetic IT service-desk tickets in four categories (hardware,
/// software, network, access) with metadata (difficulty, domain, priority). Each ticket is assembled from a scenario's
/// subject and symptoms, the requester's voice (greeting, what they tried, urgency, sign-off) and, for medium and hard
/// tickets, sentences that mention another category's things (a restarted laptop in a VPN ticket), so the text is
/// varied and the category must be read from the substance. A few labels are wrong, as in real triage data.
/// Deterministic for a given seed. Columns: ticket_id, ticket, category, answer (the JSON object the evaluation
/// write-up scores: class, thought, description), difficulty, domain, priority.
/// </summary>
public static class SupportTicketSampleGenerator
{
    public static readonly string[] Categories = ["hardware", "software", "network", "access"];

    private static readonly string[] Domains = ["finance", "engineering", "sales", "hr", "operations", "legal"];
    private static readonly string[] Priorities = ["low", "medium", "high", "critical"];

    private static readonly Dictionary<string, string[]> Fill = new()
    {
        ["device"] = ["laptop", "desktop PC", "ThinkPad", "MacBook", "Surface", "workstation"],
        ["peripheral"] = ["monitor", "docking station", "keyboard", "mouse", "headset", "webcam", "second screen"],
        ["printer"] = ["printer on the 3rd floor", "label printer in the warehouse", "big copier by reception", "HP printer in room 204", "plotter"],
        ["app"] = ["Outlook", "Excel", "Teams", "Zoom", "SAP GUI", "Salesforce", "Adobe Acrobat", "Visual Studio Code", "Chrome", "the expense tool", "Jira", "Power BI"],
        ["resource"] = ["shared drive", "finance folder on the S: drive", "SharePoint site for the Q3 project", "Git repository", "HR portal", "Jira project", "Salesforce reports", "production database", "payroll system", "contract archive"],
        ["site"] = ["the Berlin office", "the London office", "the warehouse", "home", "the 3rd floor", "the Austin branch", "the meeting rooms", "the customer site"],
        ["time"] = ["since this morning", "since yesterday afternoon", "after the update last night", "for two days now", "on and off all week", "since I came back from leave", "since Monday", "after the office move"],
        ["error"] = ["0x80070005", "error 1603", "ERR_CONNECTION_TIMED_OUT", "code 403", "error 0xC004F074", "HTTP 502", "0x800CCC0E", "error 809"],
    };

    private static readonly Scenario[] Scenarios =
    [
        // hardware
        new("hardware", "battery", "The laptop battery no longer holds a charge", "A battery that drains or will not charge is a failing physical part", ["{device} battery dies after an hour", "Battery not charging", "Laptop only works when plugged in"], ["My {device} battery drops from 100% to zero in about an hour.", "The charging light on my {device} stays off and the battery is stuck at 3%.", "The battery icon says plugged in, not charging {time}."], ["the thing runs out of power really fast"]),
        new("hardware", "screen", "The display is damaged or shows artifacts", "Lines, flicker or a black screen point to the panel or cable", ["Screen flickering on my {device}", "Lines across the display", "Black screen on {device}"], ["There are green vertical lines across my {device} screen {time}.", "The screen flickers every few seconds and sometimes goes black.", "I dropped my bag and now the display has a crack in the corner and shows a dark patch."], ["the picture looks weird and keeps going dark"]),
        new("hardware", "peripheral", "A peripheral is not detected or is broken", "A device that is not detected on any port is usually faulty hardware", ["{peripheral} not detected", "My {peripheral} stopped working", "Broken {peripheral}"], ["My {peripheral} is not detected when I plug it in, on every USB port.", "The {peripheral} has no power light at all {time}.", "Half the keys on my keyboard do not respond, even after cleaning it."], ["one of my things on the desk is dead"]),
        new("hardware", "printer", "The printer jams or has a hardware fault", "Paper jams and fuser errors are mechanical printer faults", ["{printer} jammed again", "Printer shows fuser error", "Printer making grinding noise"], ["The {printer} jams on every second page and makes a grinding noise.", "The {printer} shows 'fuser error 50.1' and will not print anything.", "Toner is smeared across every page from the {printer}."], ["printing is a disaster today"]),
        new("hardware", "noise", "The computer overheats or its fan is failing", "Loud fans, heat and sudden shutdowns point to cooling hardware", ["{device} fan very loud", "Laptop overheating and shutting down", "Burning smell from {device}"], ["The fan in my {device} is constantly loud and the case gets very hot.", "My {device} shuts down by itself when it gets hot, usually after lunch.", "There is a faint burning smell from the vents of my {device}."], ["my computer sounds like a jet engine"]),
        new("hardware", "boot", "The machine does not power on", "No power or no boot at all is a physical failure before any software runs", ["{device} will not turn on", "No power on my {device}", "Stuck before the logo"], ["My {device} does not turn on at all, no lights, nothing, even on the charger.", "The {device} beeps three times and stops before the manufacturer logo.", "Pressing the power button does nothing {time}."], ["the computer is just dead"]),
        new("hardware", "dock", "The docking station fails to drive displays or charge", "A dock that stops powering screens or charging is a hardware fault", ["Docking station problem", "Dock not charging laptop", "Monitors off when docked"], ["When I connect my {device} to the docking station, neither monitor turns on and it does not charge.", "The docking station's USB ports stopped working {time}.", "My dock clicks and disconnects every few minutes."], ["my desk setup does not work when I plug in"]),
        new("hardware", "phone", "The desk phone or mobile device is physically broken", "A cracked or unresponsive handset needs repair or replacement", ["Desk phone dead", "Company phone screen cracked", "Headset crackling"], ["My company phone's screen is cracked and the touch does not respond in the lower half.", "The desk phone has no dial tone and the display is blank.", "My headset crackles and cuts out even when the cable is not moving."], ["calls are impossible with this thing"]),

        // software
        new("software", "crash", "An application crashes or freezes", "An app that crashes on launch or on one action is a software fault", ["{app} keeps crashing", "{app} freezes when I open files", "{app} closes by itself"], ["{app} crashes every time I open a file larger than a few MB.", "{app} freezes and shows 'not responding' {time}.", "{app} closes without any message as soon as I click Save."], ["the program keeps dying on me"]),
        new("software", "install", "Software fails to install or update", "Installer errors are packaging or compatibility problems in software", ["Cannot install {app}", "{app} update fails", "Install error {error}"], ["Installing {app} from the Company Portal fails with {error}.", "The {app} update gets to 90% and rolls back {time}.", "I need {app} for a project, but the installer says a newer version is already installed, and it is not."], ["I cannot get the tool I need onto my machine"]),
        new("software", "license", "The application reports an expired or missing licence", "Licence activation errors are software configuration issues", ["{app} says license expired", "Activation error {error}", "{app} in read-only mode"], ["{app} says my licence has expired and opens in read-only mode.", "Activation of {app} fails with {error}.", "{app} shows 'unlicensed product' in the title bar {time}."], ["the program says I am not allowed to use it anymore"]),
        new("software", "email", "Email client errors such as sync or profile corruption", "Outlook profile and sync errors are client software problems", ["Outlook not syncing", "Outlook profile corrupted", "Emails stuck in outbox"], ["Outlook shows 'disconnected' while Teams and the browser work fine.", "Emails are stuck in my outbox and Outlook says the data file is corrupt.", "Outlook search returns nothing {time}, the index seems broken."], ["my mail is acting strange"]),
        new("software", "macro", "A spreadsheet macro or add-in errors out", "Add-in and macro errors are application-level software faults", ["Excel macro error", "Add-in not loading in {app}", "Power BI refresh fails"], ["Our Excel macro stops with 'Run-time error 1004' {time}.", "The SAP add-in no longer loads in Excel after the update.", "The Power BI report refresh fails with a formula error in one column."], ["the report we use every month is broken"]),
        new("software", "os", "The operating system update or system software is failing", "Update loops and blue screens after a patch are software problems", ["Windows update stuck", "Blue screen after update", "Update loop"], ["Windows update is stuck at 'working on updates 30%' {time}.", "After last night's patch I get a blue screen with DRIVER_IRQL_NOT_LESS_OR_EQUAL on startup.", "My {device} keeps asking to restart for the same update again and again."], ["the computer keeps doing updates and never finishes"]),
        new("software", "browser", "A web application misbehaves in the browser", "Rendering and script errors in one app, with the network fine, are software problems", ["Expense tool page blank", "Chrome shows script error", "Form will not submit"], ["The expense tool page loads blank in Chrome, but other sites work fine.", "Chrome shows 'Aw, Snap!' every time I open the Jira board.", "The submit button on the HR form does nothing, the console shows a JavaScript error."], ["the website is not behaving"]),
        new("software", "meeting", "The meeting app fails to share screen or use devices", "Screen sharing and device selection are settings of the meeting software", ["Teams screen share not working", "Zoom cannot find camera", "Teams audio settings reset"], ["In Teams, screen sharing shows a black window to everyone else.", "Zoom says no camera found although the camera app works.", "Teams forgets my audio device every time it restarts {time}."], ["meetings are a mess for me"]),

        // network
        new("network", "vpn", "The VPN connection fails or drops", "VPN tunnels failing while the internet works is a network problem", ["VPN not connecting", "VPN drops every few minutes", "VPN error {error}"], ["The VPN client fails with {error} when I connect from {site}.", "My VPN connection drops every ten minutes and I lose my remote session.", "The VPN connects but I cannot reach any internal page {time}."], ["I cannot get into the company stuff from outside"]),
        new("network", "wifi", "Wi-Fi is unavailable or keeps disconnecting", "Wireless coverage and disconnects are network infrastructure issues", ["Wi-Fi keeps dropping", "No Wi-Fi in {site}", "Corporate Wi-Fi not visible"], ["The corporate Wi-Fi keeps dropping in {site}, several times an hour.", "The CORP-WLAN network does not show up at all in {site}.", "Wi-Fi connects but says 'no internet, secured' {time}."], ["the wireless is hopeless here"]),
        new("network", "slow", "The network is very slow or has high latency", "Slow transfers for everyone in one place point to the network", ["Internet extremely slow", "Network slow in {site}", "Large file transfers crawl"], ["Everything on the network is extremely slow in {site}, a 10 MB file takes minutes.", "Ping to the file server is over 800 ms {time}.", "Video calls stutter for the whole team in {site} while the speed test shows 2 Mbps."], ["everything online takes forever"]),
        new("network", "dns", "Internal names do not resolve", "Names that do not resolve while IP addresses work is a DNS problem", ["Cannot resolve intranet", "DNS error on internal sites", "Server not found"], ["I get 'server not found' for intranet.corp.local but the IP address works.", "nslookup for the file server times out {time}.", "Internal sites fail with DNS_PROBE_FINISHED_NXDOMAIN, external sites are fine."], ["some addresses just do not open"]),
        new("network", "port", "A wired network port or switch is down", "A dead wall port or switch affects the physical network link", ["Ethernet port not working", "No network at my desk", "Switch down in {site}"], ["The ethernet port at my desk gives no link light {time}.", "Nobody in {site} has a wired connection since the switch was moved.", "My cable connection says 'unidentified network' with a 169.254 address."], ["the cable connection at my desk is dead"]),
        new("network", "firewall", "A firewall or proxy blocks a needed connection", "Blocked ports and proxy rejections are network policy issues", ["Proxy blocking site", "Firewall blocking port", "Cannot reach partner API"], ["The proxy blocks the supplier portal with 'category not allowed'.", "Our build server cannot reach the partner API on port 8443, the connection times out.", "SFTP to the bank fails {time}, I think the firewall rule was removed."], ["something in between is blocking me"]),
        new("network", "remote", "Remote desktop or a remote site link is unreachable", "An unreachable remote host or site link is a connectivity problem", ["Cannot reach remote desktop", "Site link down", "RDP times out"], ["Remote desktop to the lab machines times out from {site}.", "The link between {site} and headquarters is down, nothing internal loads.", "RDP says the remote computer cannot be found, although it is switched on."], ["I cannot connect to the other machine"]),
        new("network", "vc", "Video conferencing hardware cannot connect to the network", "Room systems that lose connectivity are a network issue", ["Meeting room system offline", "Room display cannot connect", "Conference bridge offline"], ["The video system in the big meeting room shows 'network unavailable'.", "The wireless presentation box in {site} cannot join the network {time}.", "Room phones in {site} all show 'no service'."], ["the meeting room kit will not come online"]),

        // access
        new("access", "password", "The user needs a password reset", "A forgotten or expired password is an identity and access request", ["Password reset please", "Forgot my password", "Password expired"], ["I forgot my password after the holidays and cannot log in.", "My password expired and the change screen rejects every new one.", "I need my password reset, the self-service portal says my answers are wrong."], ["I cannot get in with my login details"]),
        new("access", "locked", "The account is locked out", "Lockouts after failed attempts are an account access issue", ["Account locked", "Locked out of my account", "Too many attempts"], ["My account is locked after too many attempts {time}.", "It says 'your account has been locked, contact your administrator'.", "I get locked out every morning, I think an old phone still has my password."], ["the system will not let me in anymore"]),
        new("access", "permission", "The user lacks permission to a resource", "Access denied on one resource while others work is a permissions issue", ["No access to {resource}", "Access denied {error}", "Need permission for {resource}"], ["I get 'access denied' when I open the {resource}.", "I moved to the {domain} team and still cannot see the {resource}.", "Opening the {resource} fails with {error}, my colleagues can open it."], ["I cannot open the thing my team uses"]),
        new("access", "mfa", "Multi-factor authentication prompts fail", "MFA enrolment and prompts are part of identity access", ["MFA not working", "New phone, need MFA reset", "Authenticator codes rejected"], ["I got a new phone and the authenticator app no longer gives me prompts.", "My MFA codes are rejected as invalid {time}.", "I never receive the SMS code to sign in."], ["the sign-in codes are not working"]),
        new("access", "onboarding", "A new starter needs accounts and access", "Accounts and group memberships for new staff are access requests", ["New starter access", "Accounts for new hire", "Onboarding: access needed"], ["We have a new hire starting Monday in {domain} who needs an account, email and access to the {resource}.", "Please set up access for our new colleague, she starts tomorrow and needs the {resource}.", "A contractor joins next week and needs read access to the {resource}."], ["someone new on my team has nothing set up"]),
        new("access", "offboarding", "Access must be removed or transferred", "Removing or transferring access is an access management request", ["Remove access for leaver", "Transfer mailbox of leaver", "Disable account"], ["Please disable the account of a colleague who left on Friday and transfer the {resource} ownership to me.", "A contractor's contract ended, please remove access to the {resource}.", "I need access to the mailbox of my former manager who left the company."], ["someone left and still has everything"]),
        new("access", "badge", "The door badge does not open a door", "Badge permissions for doors are physical access rights", ["Badge not working", "Door access denied", "Cannot enter {site}"], ["My badge no longer opens the door to {site} {time}.", "The badge reader flashes red at the server room door, I should have access.", "My new badge only opens the main entrance, not the {domain} area."], ["I cannot get through the door"]),
        new("access", "sso", "Single sign-on fails for an application", "SSO redirects and 'not assigned' errors are identity access issues", ["SSO login fails", "Not assigned to application", "Login loop"], ["Logging into {app} with SSO says 'user is not assigned to this application'.", "I get stuck in a login loop between the portal and {app}.", "Single sign-on to {app} fails with {error} {time}."], ["I keep getting sent back to the login page"]),
    ];

    private static readonly string[] Greetings = ["Hi IT,", "Hello team,", "Hi,", "Hello,", "Dear service desk,", "Hey,", "Good morning,", string.Empty, string.Empty];

    private static readonly Dictionary<string, string[]> Tried = new()
    {
        ["hardware"] = ["I tried another power outlet and a different cable.", "I already reseated the cable and tried another port.", "It happens on battery and on the charger."],
        ["software"] = ["I reinstalled it and cleared the cache.", "I already restarted the app and signed out and in.", "Repair from the control panel did not help."],
        ["network"] = ["Other people around me have the same problem.", "I tried both the cable and Wi-Fi.", "A speed test shows almost nothing."],
        ["access"] = ["My colleagues can log in fine.", "I checked with my manager and I should have access.", "I already tried the self-service reset."],
    };

    private static readonly string[] GenericTried = ["I restarted my computer already.", "Rebooting did not help.", "I logged off and on again.", string.Empty];

    // Sentences that mention another category's things without being about them.
    private static readonly Dictionary<string, string[]> Distractors = new()
    {
        ["hardware"] = ["I am on my laptop at the moment.", "I already plugged in a different mouse, same thing.", "My monitor setup is the usual two screens."],
        ["software"] = ["I have the latest version of Teams and Outlook.", "Windows was updated last week.", "I need Excel for the month-end report."],
        ["network"] = ["I am working from home on the VPN today.", "The Wi-Fi here is fine otherwise.", "I am connected by cable in the office."],
        ["access"] = ["I can log in to my account normally.", "My password was changed last month.", "I have the usual permissions for my role."],
    };

    private static readonly Dictionary<string, string[]> Urgency = new()
    {
        ["low"] = ["No rush, whenever you have time.", "Not urgent.", string.Empty],
        ["medium"] = ["It would be good to fix this this week.", "It slows me down quite a bit.", string.Empty],
        ["high"] = ["I need this working today for a client deliverable.", "This is blocking my work.", "Please treat this as urgent."],
        ["critical"] = ["The whole team is blocked and we have a customer demo in an hour!", "URGENT: month-end closing is blocked.", "Production is affected, please call me right away."],
    };

    private static readonly string[] Names = ["Anna", "Ben", "Carla", "Deepak", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonas", "Kim", "Lena", "Marco", "Nadia", "Omar", "Priya"];
    private static readonly string[] SignOffs = ["Thanks, {name}", "Thank you!\n{name}", "Regards,\n{name}", "Cheers, {name}", "Sent from my iPhone", "{name}", string.Empty];

    public const int DefaultRows = 1600;
    public const int DefaultSeed = 20250115;

    public const string SystemPrompt = "You are an IT service desk triage assistant. Classify the ticket into exactly one category: hardware, software, network or access. Answer with the category only.";

    public const string JsonSystemPrompt = "You are an IT service desk triage assistant. Read the ticket and answer with a JSON object with the keys \"class\" (one of hardware, software, network, access), \"thought\" (why) and \"description\" (the problem in a few words).";

    public static string Generate(int rows = DefaultRows, int seed = DefaultSeed)
    {
        var builder = new StringBuilder("ticket_id,ticket,category,answer,difficulty,domain,priority\n");
        foreach (var t in Tickets(rows, seed))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{t.Id},{Quote(t.Ticket)},{t.Category},{Quote(t.Answer)},{t.Difficulty},{t.Domain},{t.Priority}\n");
        }

        return builder.ToString();
    }

    public static IReadOnlyList<SupportTicket> Tickets(int rows = DefaultRows, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var tickets = new List<SupportTicket>(rows);
        for (var i = 0; i < rows; i++)
        {
            var category = Categories[i % Categories.Length];
            var scenarios = Scenarios.Where(s => s.Category == category).ToArray();
            var scenario = Pick(random, scenarios);
            var difficulty = random.NextDouble() switch { < 0.4 => "easy", < 0.75 => "medium", _ => "hard" };
            var domain = Pick(random, Domains);
            var priority = random.NextDouble() switch { < 0.3 => "low", < 0.65 => "medium", < 0.9 => "high", _ => "critical" };
            var ticket = Ticket(random, scenario, difficulty, domain, priority);

            // Triage labels are not perfect: a few tickets carry another category.
            var label = random.NextDouble() < 0.03 ? Pick(random, Categories.Where(c => c != category).ToArray()) : category;
            var answer = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["class"] = label,
                ["thought"] = scenario.Thought + ".",
                ["description"] = scenario.Description,
            });
            tickets.Add(new SupportTicket(string.Create(CultureInfo.InvariantCulture, $"TCK-{10001 + i}"), ticket, label, answer, difficulty, domain, priority));
        }

        return tickets;
    }

    private static string Ticket(Random random, Scenario scenario, string difficulty, string domain, string priority)
    {
        var values = Fill.ToDictionary(f => f.Key, f => Pick(random, f.Value));
        values["domain"] = domain;
        values["name"] = Pick(random, Names);
        var subject = difficulty == "hard" && random.NextDouble() < 0.6
            ? Pick(random, ["Problem", "Help please", "Not working", "Issue since this morning", "Question", "Can someone look at this?"])
            : Pick(random, scenario.Subjects);
        var sentences = new List<string>();
        var greeting = Pick(random, Greetings);
        if (greeting.Length > 0)
        {
            sentences.Add(greeting);
        }

        sentences.Add(difficulty == "hard" && random.NextDouble() < 0.5 ? Capitalize(Pick(random, scenario.Vague)) + "." : Pick(random, scenario.Symptoms));
        if (difficulty == "easy" && random.NextDouble() < 0.5)
        {
            sentences.Add(Pick(random, scenario.Symptoms.Where(s => s != sentences[^1]).ToArray()));
        }

        var distractors = difficulty switch { "easy" => 0, "medium" => 1, _ => 2 };
        var others = Categories.Where(c => c != scenario.Category).ToArray();
        for (var d = 0; d < distractors; d++)
        {
            sentences.Insert(random.Next(1, sentences.Count + 1), Pick(random, Distractors[Pick(random, others)]));
        }

        var tried = random.NextDouble() < 0.5 ? Pick(random, Tried[scenario.Category]) : Pick(random, GenericTried);
        if (tried.Length > 0 && difficulty != "hard")
        {
            sentences.Add(tried);
        }

        var urgency = Pick(random, Urgency[priority]);
        if (urgency.Length > 0)
        {
            sentences.Add(urgency);
        }

        var body = string.Join(" ", sentences);
        var signOff = Pick(random, SignOffs);
        var text = $"Subject: {subject}\n\n{body}" + (signOff.Length > 0 ? $"\n\n{signOff}" : string.Empty);
        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return random.NextDouble() < 0.15 ? text.ToLowerInvariant() : text;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record Scenario(string Category, string Key, string Description, string Thought, string[] Subjects, string[] Symptoms, string[] Vague);
}
