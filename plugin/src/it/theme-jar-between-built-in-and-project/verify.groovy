// Three layers, each overriding the one before: built-in theme < the theme jar the plugin depends on < templates/.
def site = new File(basedir, 'kits/site')
def index = new File(site, 'facilitators/index.html').text
assert index.contains('Acme alignment kits') : 'the theme jar overrides a built-in label'
assert index.contains('Kits by the Works Council, built with') : "the project's label overrides the theme jar's"
assert !index.contains('Published by Acme Strategy Office') : "the theme jar's label is hidden by the project's"
assert index.contains('Team Kickoff') : 'the built-in templates still render the kits'
assert new File(site, 'assets/acme.css').text.contains('#7a0019') : "the theme jar's own asset is published"
assert new File(site, 'assets/site.js').exists() : 'the built-in assets are published too'
return true
