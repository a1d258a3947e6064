// A project generated from the archetype builds its site with `mvn align:site`, PDFs included.
// basedir is this IT's folder; the archetype generates into project/<artifactId>.
basedir = new File(basedir, 'project/strategy-kits')
def log = new File(basedir, 'build.log').text
// four kit documents and a handout per session, whatever the number of sessions
assert log =~ /Alignkit: 1 kits, \d+ pages, \d+ PDFs, \d+ files written in \d+ ms/
def site = new File(basedir, 'site')
assert new File(site, 'index.html').text.contains('First Alignment Pulse')
assert new File(site, 'facilitators/first-kit/kickoff-meeting.html').text.contains('09:30')
assert new File(site, 'facilitators/first-kit/first-kit-facilitator-guide.pdf').isFile()
assert new File(site, 'first-kit/first-kit-participant-handout.pdf').isFile()
// The generated project has the files the archetype promises.
assert new File(basedir, '.gitignore').text.contains('/site/')
assert new File(basedir, '.mvn/jvm.config').isFile()
assert new File(basedir, 'README.md').text.startsWith('# strategy-kits')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<artifactId>strategy-kits</artifactId>')
assert pom =~ /<alignkit.version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/alignkit.version>/
return true
