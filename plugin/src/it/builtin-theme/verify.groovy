// A project with only a pom and content/ builds with the built-in theme: index, kit page, session and run pages and PDFs.
def site = new File(basedir, 'site')
def index = new File(site, 'index.html')
assert index.isFile() : 'site/index.html missing'
assert index.text.contains('Team Kickoff')
def kitPage = new File(site, 'team-kickoff/index.html')
assert kitPage.isFile()
def session = new File(site, 'team-kickoff/providing-clarity.html')
assert session.text.contains('Customer-First 2027: what is unclear?')
def meeting = new File(site, 'team-kickoff/kickoff-meeting.html').text
assert meeting.contains('09:30') && meeting.contains('09:40')
['facilitator-guide', 'participant-handout', 'ground-rules', 'follow-up-checklist'].each {
    def pdf = new File(site, "team-kickoff/team-kickoff-${it}.pdf")
    assert pdf.isFile() && pdf.length() > 1000 : "missing ${pdf}"
    assert new String(pdf.bytes[0..4] as byte[], 'US-ASCII') == '%PDF-'
}
['providing-clarity', 'kickoff-meeting'].each {
    assert new File(site, "team-kickoff/team-kickoff-handout-${it}.pdf").isFile() : "missing the handout of session ${it}"
}
['run-sheet', 'timekeeper-card', 'note-taker-sheet'].each {
    assert new File(site, "team-kickoff/team-kickoff-${it}-kickoff-meeting.pdf").isFile() : "missing the meeting's ${it}"
}
assert new File(site, 'team-kickoff/kickoff-meeting.run.html').isFile()
assert new File(site, 'team-kickoff/participants.html').isFile()
assert new File(site, 'assets/style.css').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /Alignkit: 1 kits, \d+ pages, 9 PDFs, \d+ files written in \d+ ms/
return true
