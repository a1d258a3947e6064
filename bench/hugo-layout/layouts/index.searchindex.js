window.alignkitSearchIndex = [
{{- range $n, $kit := sort .Sections "Params.start" }}
{{- $k := .Params }}
{{- if $n }},{{ end }}
{"kit":{{ jsonify .Title }},"url":{{ jsonify (print $k.kit_id "/") }},"entries":[
[{{ jsonify (slice "kit" .Title (truncate 200 "" (print $k.strategy " " ($k.summary | markdownify | plainify))) "index.html") }}]
{{- range .Pages.ByWeight }}
{{- $s := .Params }}{{ $page := path.Base .RelPermalink }}{{ $w := .Weight }}
,{{ jsonify (slice "session" .Title (print $s.format " " ($s.objective | markdownify | plainify)) $page) }}
{{- range $i, $p := $s.prompts }}
,{{ jsonify (slice "prompt" ($p | markdownify | plainify) "" (printf "%s#prompt-%d" $page (add $i 1))) }}
{{- end }}
{{- range $i, $a := $s.agenda }}
,{{ jsonify (slice "agenda" (cond (eq $a.break true) "Break" ($a.title | default "")) (or $a.lead "") (printf "%s#agenda-%d" $page (add $i 1))) }}
{{- end }}
{{- range $i, $t := $s.follow_up }}
,{{ jsonify (slice "task" $t.item (print $t.owner " " ($t.details | default "" | markdownify | plainify)) (printf "%s#%s-s%d-follow-up-%d" $page $k.kit_id $w (add $i 1))) }}
{{- end }}
{{- end }}
]}
{{- end }}
];
