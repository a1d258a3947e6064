// Built with -T3: every module with content gets its own complete site, the module without content is skipped.
['alpha', 'beta', 'gamma'].each { m ->
    def site = new File(basedir, "${m}/site")
    assert new File(site, 'index.html').text.contains("Kit ${m}")
    assert new File(site, "facilitators/${m}-kit/kickoff-${m}.html").text.contains("What does Strategy ${m} mean for team ${m}?")
    assert new File(site, "facilitators/${m}-kit/${m}-kit-facilitator-guide.pdf").length() > 1000
    assert new File(site, "facilitators/${m}-kit/${m}-kit.ics").text.contains('BEGIN:VCALENDAR')
}
assert !new File(basedir, 'no-content/site').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('Alignkit: skipped, no content directory at')
assert !log.contains('[WARNING] *****')  // Maven's warning about plugins not marked thread-safe
return true
