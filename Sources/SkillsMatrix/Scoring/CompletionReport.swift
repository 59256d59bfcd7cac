        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
F        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
W        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
R        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
H        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
'        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
T        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
H        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
M        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
?        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
R        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
?        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
P        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
T        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
j        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
R        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
?        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
P        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
+        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
+        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
P        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
T        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
T        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
<        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
<        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
+        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
<        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
T        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
+        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
+        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
k        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
'        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
/        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
h        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
_        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
L        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
P        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
-        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
>        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
P        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
N        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
S        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
,        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
L        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
k        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
N        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
k        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
w        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
N        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
P        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
=        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
v        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
C        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
L        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
y        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
:        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
0        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
<        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
D        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
$        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
1        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
f        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
b        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
{        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
.        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
a        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
(        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
c        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
m        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
p        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
I        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
L        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
o        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
g        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
O        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
[        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
i        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
d        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
x        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
]        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
)        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
n        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
r        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
e        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
s        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
u        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
l        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
t        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
         var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
}        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }

        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
