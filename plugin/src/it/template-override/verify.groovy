// The project's templates/session.ftlh replaces the built-in one; every other template stays built-in.
def site = new File(basedir, 'site')
def session = new File(site, 'facilitators/team-kickoff/providing-clarity.html').text
assert session.contains('OVERRIDDEN Providing Clarity')
assert session.contains('Customer-First 2027: what is unclear?')
def kitPage = new File(site, 'facilitators/team-kickoff/index.html').text
assert !kitPage.contains('OVERRIDDEN')
assert kitPage.contains('Team Kickoff')
assert !new File(site, 'facilitators/team-kickoff/team-kickoff-facilitator-guide.pdf').exists() : 'align.pdf=false writes no PDF'
return true
