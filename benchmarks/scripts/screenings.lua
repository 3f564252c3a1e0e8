-- wrk script: POST 300-character incoming comments to the screening endpoint, rotating through realistic texts.
local token = os.getenv("LANYARD_BOOTSTRAP_TOKEN")
local slug = os.getenv("SLUG")
local comments = {
  "Lovely to see the children enjoying the harvest assembly this morning. Thank you to all the staff who worked so hard on it, and to Mrs Cockburn for the wonderful singing. Could someone let me know when the photos will be on the website? My mum would love to see them. Thanks again, what a fab school!",
  "Changing the school day to finish at 3pm without asking parents was a bad decision and I think the governors should explain it. Some of us work until five and the after school club is already full. Please reply to this comment rather than ignoring it like last time, we deserve an answer!!",
  "Does anyone know if after-school club runs on the last day of term? My daughter in Year 3 says it does but the letter said something different. Also is it non-uniform day on Friday or next week? Sorry for all the questions, the newsletter went to my old email address and I missed it.",
  "Our cat just knocked the school project off the table, f*ck's sake, three hours of work on the Tudor house gone. Anyone got spare lolly sticks? Will pay in biscuits. Seriously though the project is due Monday and the shops are shut tomorrow, can anyone help out at all? Message me x",
  "Well done to the football team on Saturday, 4-1 against St Mary's and Rowan scored twice! The coach said it was the best they have played all season. Good luck in the final next month, we will all be there cheering. Is there a minibus going or do we need to drive ourselves there this time?",
  "Please can the school do something about the parking on Mill Row at pick-up, somebody is going to get hurt. Cars on the zig-zags every single day and a near miss with a little one on Tuesday. Have a look yourselves at 3:15 any afternoon. It is not acceptable and the council should be told too."
}
local bodies = {}
for i, text in ipairs(comments) do
  bodies[i] = '{"direction":"INCOMING","purpose":"SOCIAL_MEDIA","text":"' .. text .. '","pupilsPictured":[],"images":[]}'
end
local counter = 0
request = function()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/api/v1/schools/" .. slug .. "/screenings",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: status %d, timeout %d\n", summary.requests, summary.errors.status, summary.errors.timeout))
  io.write(string.format("throughput: %.0f screenings/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
