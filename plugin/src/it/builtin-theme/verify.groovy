// A project with only a pom and content/ builds with the built-in theme: index, kit page, session and run pages and PDFs,
// facilitator material under facilitators/ and participant material in the kit's public folder.
def site = new File(basedir, 'site')
def index = new File(site, 'index.html')
assert index.isFile() : 'site/index.html missing'
assert index.text.contains('Team Kickoff')
def kitPage = new File(site, 'facilitators/team-kickoff/index.html')
assert kitPage.isFile()
def session = new File(site, 'facilitators/team-kickoff/providing-clarity.html')
assert session.text.contains('Customer-First 2027: what is unclear?')
def meeting = new File(site, 'facilitators/team-kickoff/kickoff-meeting.html').text
assert meeting.contains('09:30') && meeting.contains('09:40')
['facilitators/team-kickoff/team-kickoff-facilitator-guide', 'team-kickoff/team-kickoff-participant-handout',
 'team-kickoff/team-kickoff-ground-rules', 'facilitators/team-kickoff/team-kickoff-follow-up-checklist'].each {
    def pdf = new File(site, "${it}.pdf")
    assert pdf.isFile() && pdf.length() > 1000 : "missing ${pdf}"
    assert new String(pdf.bytes[0..4] as byte[], 'US-ASCII') == '%PDF-'
}
['providing-clarity', 'kickoff-meeting'].each {
    assert new File(site, "team-kickoff/team-kickoff-handout-${it}.pdf").isFile() : "missing the handout of session ${it}"
}
['run-sheet', 'timekeeper-card', 'note-taker-sheet'].each {
    assert new File(site, "facilitators/team-kickoff/team-kickoff-${it}-kickoff-meeting.pdf").isFile() : "missing the meeting's ${it}"
}
assert new File(site, 'facilitators/team-kickoff/kickoff-meeting.run.html').isFile()
assert new File(site, 'team-kickoff/participants.html').isFile()
assert new File(site, 'facilitators/index.html').text.contains('team-kickoff/index.html')
assert !new File(site, 'team-kickoff/index.html').exists() : 'no facilitator page in the public folder'
assert new File(site, 'assets/style.css').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /Alignkit: 1 kits, \d+ pages, 9 PDFs, \d+ files written in \d+ ms/
return true
