"""Third round of "programs from the wild": games (Canvas and grids of Buttons), ttk (Style, Treeview, Notebook,
PanedWindow), PhotoImage and geometry queries, as tutorials, beginner projects and StackOverflow answers write them.
Each is run once with real Tk (CPython's tkinter under Xvfb) and once with Pyroom's tkinter.

As in tk_wild_programs, they drive themselves only through what both answer the same way: ``invoke``, ``set``,
``event_generate`` (with the coordinates given, and keys to a widget that has the focus) and timers run by
``after(...)`` + ``mainloop()`` until the program calls ``quit``. ``tk_wild_runner`` records the widget tree,
geometry, canvas items, ``RESULT`` and what the program printed.
"""

WILD = {
"tictactoe_class": r'''
from tkinter import *

class TicTacToe:
    def __init__(self, master):
        self.master = master
        master.title("Tic-Tac-Toe")
        self.player = "X"
        self.moves = 0
        self.board = [[None for _ in range(3)] for _ in range(3)]
        self.status = Label(master, text="Player X's turn", font=("Helvetica", 12))
        self.status.grid(row=0, column=0, columnspan=3, pady=5)
        for i in range(3):
            for j in range(3):
                b = Button(master, text=" ", width=5, height=2, font=("Helvetica", 16, "bold"), bg="white",
                           command=lambda row=i, col=j: self.on_click(row, col))
                b.grid(row=i + 1, column=j, padx=2, pady=2)
                self.board[i][j] = b
        self.reset_btn = Button(master, text="New game", command=self.reset)
        self.reset_btn.grid(row=4, column=0, columnspan=3, sticky=EW)
        self.history = []

    def on_click(self, row, col):
        b = self.board[row][col]
        if b["text"] != " ":
            return
        b.config(text=self.player, state=DISABLED, disabledforeground="red" if self.player == "X" else "blue")
        self.moves += 1
        line = self.check_winner()
        if line:
            for r, c in line:
                self.board[r][c].config(bg="lightgreen")
            self.status.config(text="Player " + self.player + " wins!")
            for r in range(3):
                for c in range(3):
                    self.board[r][c]["state"] = DISABLED
            self.history.append(self.player)
        elif self.moves == 9:
            self.status.config(text="It's a tie!")
            self.history.append("tie")
        else:
            self.player = "O" if self.player == "X" else "X"
            self.status["text"] = "Player %s's turn" % self.player

    def check_winner(self):
        lines = []
        for i in range(3):
            lines.append([(i, 0), (i, 1), (i, 2)])
            lines.append([(0, i), (1, i), (2, i)])
        lines.append([(0, 0), (1, 1), (2, 2)])
        lines.append([(0, 2), (1, 1), (2, 0)])
        for line in lines:
            texts = [self.board[r][c].cget("text") for r, c in line]
            if texts[0] != " " and texts.count(texts[0]) == 3:
                return line
        return None

    def reset(self):
        self.player = "X"
        self.moves = 0
        for row in self.board:
            for b in row:
                b.config(text=" ", state=NORMAL, bg="white")
        self.status.config(text="Player X's turn")

root = Tk()
game = TicTacToe(root)
for r, c in [(0, 0), (1, 1), (0, 1), (2, 2), (0, 2)]:
    game.board[r][c].invoke()
root.update()
won = [[b.cget("bg") for b in row] for row in game.board]
states = [str(b["state"]) for row in game.board for b in row]
again = game.board[2][0].invoke()
game.reset_btn.invoke()
for r, c in [(0, 0), (0, 1), (0, 2), (1, 1), (1, 0), (1, 2), (2, 1), (2, 0), (2, 2)]:
    game.board[r][c].invoke()
root.update()
middle = root.grid_slaves(row=2, column=1)[0]
info = middle.grid_info()
print(game.status.cget("text"), game.history)
RESULT = {"won": won, "states": states, "again": again, "history": game.history, "status": game.status["text"],
          "text": [[b["text"] for b in row] for row in game.board], "middle": middle is game.board[1][1],
          "info": {k: str(v) for k, v in info.items() if k != "in"}, "in": str(info["in"]),
          "row4": [str(w) for w in root.grid_slaves(row=4)], "col0": len(root.grid_slaves(column=0)),
          "size": root.grid_size(), "bbox": root.grid_bbox(0, 1, 2, 3), "fg": game.board[0][0]["disabledforeground"]}
''',
"minesweeper": r'''
import random
import tkinter as tk

ROWS, COLS, MINES = 6, 6, 5
rng = random.Random(12)
root = tk.Tk()
root.title("Minesweeper")
top = tk.Frame(root)
top.pack(fill="x")
mines_left = tk.StringVar(value="Mines: %d" % MINES)
tk.Label(top, textvariable=mines_left).pack(side="left")
face = tk.Button(top, text=":)", width=3)
face.pack(side="right")
board = tk.Frame(root, bd=3, relief="sunken")
board.pack(padx=5, pady=5)
mines = set(rng.sample([(r, c) for r in range(ROWS) for c in range(COLS)], MINES))
cells = {}
revealed = set()
flags = set()
over = []
COLORS = {1: "blue", 2: "green", 3: "red", 4: "purple"}

def neighbours(r, c):
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and 0 <= r + dr < ROWS and 0 <= c + dc < COLS:
                yield r + dr, c + dc

def count(r, c):
    return sum((n in mines) for n in neighbours(r, c))

def reveal(r, c):
    if (r, c) in revealed or (r, c) in flags:
        return
    revealed.add((r, c))
    b = cells[(r, c)]
    n = count(r, c)
    b.config(relief=tk.SUNKEN, state=tk.DISABLED, bg="#bdbdbd", text=str(n) if n else "",
             disabledforeground=COLORS.get(n, "black"))
    if n == 0:
        for nr, nc in neighbours(r, c):
            reveal(nr, nc)

def left_click(event, r, c):
    if over or (r, c) in flags:
        return
    if (r, c) in mines:
        over.append("lost")
        for m in sorted(mines):
            cells[m].config(text="*", bg="red")
        face.config(text=":(")
        return
    reveal(r, c)
    if len(revealed) == ROWS * COLS - MINES:
        over.append("won")
        face.config(text="B)")

def right_click(event, r, c):
    if over or (r, c) in revealed:
        return
    if (r, c) in flags:
        flags.discard((r, c))
        event.widget.config(text="")
    else:
        flags.add((r, c))
        event.widget.config(text="F", fg="red")
    mines_left.set("Mines: %d" % (MINES - len(flags)))

for r in range(ROWS):
    for c in range(COLS):
        b = tk.Button(board, width=2, height=1, text="")
        b.bind("<Button-1>", lambda e, r=r, c=c: left_click(e, r, c))
        b.bind("<Button-3>", lambda e, r=r, c=c: right_click(e, r, c))
        b.grid(row=r, column=c)
        cells[(r, c)] = b
root.update()

def click(r, c, button=1):
    b = cells[(r, c)]
    b.event_generate("<ButtonPress-%d>" % button, x=5, y=5)
    b.event_generate("<ButtonRelease-%d>" % button, x=5, y=5)

safe = sorted(set(cells) - mines)
first_flag = sorted(mines)[0]
click(*first_flag, button=3)
flag_text = cells[first_flag]["text"]
click(*first_flag)  # flagged: ignored
relief_flagged = str(cells[first_flag]["relief"])
click(*safe[0])
after_first = len(revealed)
click(*first_flag, button=3)
click(*first_flag, button=3)
for cell in safe:
    if not over:
        click(*cell)
root.update()
print(over, len(revealed), mines_left.get())
RESULT = {"mines": sorted(mines), "over": over, "revealed": len(revealed), "after_first": after_first,
          "flag_text": flag_text, "relief_flagged": relief_flagged, "flags": sorted(flags),
          "left": mines_left.get(), "face": face["text"],
          "grid": [[cells[(r, c)]["text"] for c in range(COLS)] for r in range(ROWS)],
          "reliefs": [str(cells[(r, c)]["relief"]) for r in range(ROWS) for c in range(COLS)],
          "size": board.grid_size(), "binds": sorted(cells[(0, 0)].bind())}
''',
"pong": r'''
import tkinter as tk

WIDTH, HEIGHT = 400, 260
PADDLE_H = 60

class Pong(tk.Canvas):
    def __init__(self, master):
        super().__init__(master, width=WIDTH, height=HEIGHT, bg="black", highlightthickness=0)
        self.create_line(WIDTH / 2, 0, WIDTH / 2, HEIGHT, fill="white", dash=(4, 4))
        self.left = self.create_rectangle(10, 100, 20, 100 + PADDLE_H, fill="white", tags="paddle")
        self.right = self.create_rectangle(WIDTH - 20, 100, WIDTH - 10, 100 + PADDLE_H, fill="white",
                                           tags="paddle")
        self.ball = self.create_oval(190, 120, 205, 135, fill="yellow", outline="")
        self.score_text = self.create_text(WIDTH / 2, 20, text="0 : 0", fill="white", font=("Courier", 16))
        self.scores = [0, 0]
        self.dx, self.dy = 6, 4
        self.frames = 0
        self.hits = []
        self.bind("<KeyPress-w>", lambda e: self.move_paddle(self.left, -20))
        self.bind("<KeyPress-s>", lambda e: self.move_paddle(self.left, 20))
        self.bind("<Up>", lambda e: self.move_paddle(self.right, -20))
        self.bind("<Down>", lambda e: self.move_paddle(self.right, 20))

    def move_paddle(self, paddle, dy):
        x1, y1, x2, y2 = self.coords(paddle)
        if y1 + dy < 0 or y2 + dy > HEIGHT:
            return
        self.move(paddle, 0, dy)

    def follow(self):
        # a simple "AI": keys are pressed for the players
        bx = (self.bbox(self.ball)[1] + self.bbox(self.ball)[3]) / 2
        for paddle, up, down in ((self.left, "<KeyPress-w>", "<KeyPress-s>"), (self.right, "<Up>", "<Down>")):
            x1, y1, x2, y2 = self.coords(paddle)
            if bx < y1 + 10:
                self.event_generate(up)
            elif bx > y2 - 10:
                self.event_generate(down)

    def step(self):
        self.frames += 1
        if self.frames % 3 == 0 and self.frames < 40:
            self.follow()
        self.move(self.ball, self.dx, self.dy)
        x1, y1, x2, y2 = self.coords(self.ball)
        if y1 <= 0 or y2 >= HEIGHT:
            self.dy = -self.dy
        for item in self.find_overlapping(x1, y1, x2, y2):
            if "paddle" in self.gettags(item):
                self.hits.append((self.frames, item))
                self.dx = -self.dx
                break
        if x2 < 0 or x1 > WIDTH:
            side = 0 if x1 > WIDTH else 1
            self.scores[side] += 1
            self.itemconfig(self.score_text, text="%d : %d" % tuple(self.scores))
            self.coords(self.ball, 190, 120, 205, 135)
            self.dx = -self.dx
        if max(self.scores) >= 2 or self.frames >= 200:
            self.create_text(WIDTH / 2, HEIGHT / 2, text="GAME OVER", fill="red", font=("Courier", 24, "bold"),
                             tags="over")
            self.master.quit()
            return
        self.after(1, self.step)

root = tk.Tk()
root.title("Pong")
game = Pong(root)
game.pack()
root.update()
game.focus_force()
game.after(1, game.step)
root.mainloop()
print("frames", game.frames, "scores", game.scores)
RESULT = {"frames": game.frames, "scores": game.scores, "hits": game.hits, "ball": game.coords(game.ball),
          "left": game.coords(game.left), "right": game.coords(game.right),
          "score": game.itemcget(game.score_text, "text"), "over": game.find_withtag("over"),
          "bbox": game.bbox("paddle"), "above": game.find_above(game.ball), "below": game.find_below(game.left),
          "enclosed": game.find_enclosed(0, 0, 30, HEIGHT)}
''',
"breakout": r'''
import tkinter as tk

root = tk.Tk()
root.title("Breakout")
root.resizable(0, 0)
canvas = tk.Canvas(root, width=300, height=240, bg="#202040", highlightthickness=0)
canvas.pack()
info = tk.Label(root, text="Score: 0  Lives: 2", anchor="w")
info.pack(fill=tk.X)
colors = ["red", "orange", "yellow", "green"]
bricks = []
for row, color in enumerate(colors):
    for col in range(6):
        x = 5 + col * 49
        y = 20 + row * 16
        b = canvas.create_rectangle(x, y, x + 45, y + 12, fill=color, outline="", tags=("brick", "row%d" % row))
        bricks.append(b)
paddle = canvas.create_rectangle(120, 220, 180, 228, fill="white", tags="paddle")
ball = canvas.create_oval(145, 150, 155, 160, fill="white", tags="ball")
state = {"dx": 3, "dy": -4, "score": 0, "lives": 2, "ticks": 0}
log = []

def collide():
    x1, y1, x2, y2 = canvas.bbox(ball)
    hit = [i for i in canvas.find_overlapping(x1, y1, x2, y2) if i != ball]
    for item in hit:
        tags = canvas.gettags(item)
        if "brick" in tags:
            row = int([t for t in tags if t.startswith("row")][0][3:])
            state["score"] += (4 - row) * 10
            canvas.delete(item)
            state["dy"] = -state["dy"]
            log.append(("brick", item))
            return
        if "paddle" in tags and state["dy"] > 0:
            px1, _, px2, _ = canvas.coords(paddle)
            offset = ((x1 + x2) / 2 - (px1 + px2) / 2) / 30
            state["dx"] = round(4 * offset) or state["dx"]
            state["dy"] = -state["dy"]
            log.append(("paddle", state["dx"]))
            return

def tick():
    state["ticks"] += 1
    canvas.move(ball, state["dx"], state["dy"])
    x1, y1, x2, y2 = canvas.coords(ball)
    if x1 <= 0 or x2 >= 300:
        state["dx"] = -state["dx"]
    if y1 <= 0:
        state["dy"] = -state["dy"]
    # the paddle follows the ball
    px1, _, px2, _ = canvas.coords(paddle)
    target = (x1 + x2) / 2 - 30 + (state["ticks"] % 5) - 2
    canvas.coords(paddle, target, 220, target + 60, 228)
    collide()
    if y2 >= 240:
        state["lives"] -= 1
        canvas.coords(ball, 145, 150, 155, 160)
        state["dy"] = -4
    info.config(text="Score: %d  Lives: %d" % (state["score"], state["lives"]))
    if not canvas.find_withtag("brick") or state["lives"] == 0 or state["ticks"] >= 300:
        msg = "YOU WIN" if not canvas.find_withtag("brick") else "GAME OVER"
        canvas.create_text(150, 120, text=msg, fill="white", font=("Arial", 20, "bold"), tags="msg")
        canvas.itemconfigure("brick", fill="gray")
        root.quit()
        return
    root.after(1, tick)

root.after(1, tick)
root.mainloop()
print(state["ticks"], state["score"], len(log))
RESULT = {"state": state, "log": log, "left": len(canvas.find_withtag("brick")),
          "rows": [len(canvas.find_withtag("row%d" % r)) for r in range(4)], "msg": canvas.itemcget("msg", "text"),
          "info": info["text"], "ball": canvas.coords(ball), "fill": canvas.itemcget("brick", "fill"),
          "all": len(canvas.find_all()), "type": canvas.type("paddle"), "tags": canvas.gettags(ball)}
''',
"memory_cards": r"""
import random
import tkinter as tk
from tkinter import ttk

random.seed(5)
SYMBOLS = list("AABBCCDDEEFF")
random.shuffle(SYMBOLS)
root = tk.Tk()
root.title("Memory")
moves = tk.IntVar(value=0)
ttk.Label(root, textvariable=moves).grid(row=0, column=0, columnspan=4)
buttons = []
first = None
matched = set()
busy = False
log = []

def hide(a, b):
    global busy
    for i in (a, b):
        buttons[i].config(text="?", bg="SystemButtonFace" if False else "#d9d9d9")
    busy = False
    log.append(("hide", a, b))

def flip(i):
    global first, busy
    if busy or i in matched or i == first:
        return
    buttons[i].config(text=SYMBOLS[i], bg="lightyellow")
    if first is None:
        first = i
        return
    moves.set(moves.get() + 1)
    if SYMBOLS[first] == SYMBOLS[i]:
        matched.update((first, i))
        for j in (first, i):
            buttons[j].config(state="disabled", bg="lightgreen")
        log.append(("match", first, i))
        if len(matched) == len(SYMBOLS):
            done.config(text="Solved in %d moves!" % moves.get())
            root.after(5, root.quit)
    else:
        busy = True
        root.after(10, hide, first, i)
    first = None

for i in range(len(SYMBOLS)):
    b = tk.Button(root, text="?", width=4, height=2, command=lambda i=i: flip(i))
    b.grid(row=1 + i // 4, column=i % 4, padx=3, pady=3)
    buttons.append(b)
done = tk.Label(root, text="", fg="darkgreen")
done.grid(row=4, column=0, columnspan=4)
plan = []
seen = {}
for i, s in enumerate(SYMBOLS):
    seen.setdefault(s, []).append(i)
pairs = list(seen.values())
plan = [0, 1, 2] + [i for p in pairs for i in p]

def play():
    if busy:
        root.after(3, play)
        return
    if plan:
        flip(plan.pop(0))
        root.after(1, play)

root.after(1, play)
root.mainloop()
print(done["text"])
RESULT = {"symbols": SYMBOLS, "moves": moves.get(), "log": log, "done": done["text"],
          "texts": [b["text"] for b in buttons], "bg": [b["bg"] for b in buttons][:3],
          "states": sorted({str(b["state"]) for b in buttons}), "cols": root.grid_size()}
""",
"canvas_drag_current": r"""
import tkinter as tk

class DragDemo:
    def __init__(self, root):
        self.canvas = tk.Canvas(root, width=320, height=220, bg="white")
        self.canvas.pack(fill="both", expand=True)
        self.drag = {"x": 0, "y": 0, "item": None}
        self.log = []
        for i, color in enumerate(("red", "green", "blue")):
            self.canvas.create_oval(30 + i * 90, 40, 80 + i * 90, 90, fill=color, outline="black",
                                    tags=("token", color))
        self.canvas.create_rectangle(20, 150, 300, 200, fill="#eeeeee", tags="dropzone")
        self.canvas.create_text(160, 175, text="Drop here", tags="dropzone")
        self.canvas.tag_bind("token", "<ButtonPress-1>", self.on_press)
        self.canvas.tag_bind("token", "<ButtonRelease-1>", self.on_release)
        self.canvas.tag_bind("token", "<B1-Motion>", self.on_motion)
        self.canvas.tag_bind("token", "<Enter>", lambda e: self.log.append(("enter", self.current())))
        self.canvas.tag_bind("token", "<Leave>", lambda e: self.log.append(("leave", self.current())))

    def current(self):
        return self.canvas.find_withtag("current")

    def on_press(self, event):
        item = self.canvas.find_withtag("current")[0]
        self.drag.update(item=item, x=event.x, y=event.y)
        self.canvas.tag_raise(item)
        self.canvas.itemconfig(item, width=3)
        self.log.append(("press", item, self.canvas.gettags("current")))

    def on_motion(self, event):
        dx, dy = event.x - self.drag["x"], event.y - self.drag["y"]
        self.canvas.move(self.drag["item"], dx, dy)
        self.drag["x"], self.drag["y"] = event.x, event.y

    def on_release(self, event):
        item = self.drag["item"]
        x1, y1, x2, y2 = self.canvas.bbox(item)
        zone = self.canvas.find_withtag("dropzone")[0]
        zx1, zy1, zx2, zy2 = self.canvas.coords(zone)
        inside = zx1 <= x1 and x2 <= zx2 and zy1 <= y1 and y2 <= zy2
        self.canvas.itemconfig(item, width=1, outline="gold" if inside else "black")
        if inside:
            self.canvas.addtag_withtag("dropped", item)
        self.log.append(("release", item, inside, self.canvas.coords(item)))
        self.drag["item"] = None

root = tk.Tk()
app = DragDemo(root)
c = app.canvas
root.update()
def drag(x0, y0, x1, y1, steps=4):
    c.event_generate("<Motion>", x=x0, y=y0)
    c.event_generate("<ButtonPress-1>", x=x0, y=y0)
    for k in range(1, steps + 1):
        c.event_generate("<B1-Motion>", x=x0 + (x1 - x0) * k // steps, y=y0 + (y1 - y0) * k // steps)
    c.event_generate("<ButtonRelease-1>", x=x1, y=y1)
drag(55, 65, 60, 175)
drag(145, 65, 250, 120)
drag(235, 65, 150, 170)
c.event_generate("<Motion>", x=5, y=5)
cur = c.find_withtag("current")
print(len(app.log))
RESULT = {"log": app.log, "dropped": c.find_withtag("dropped"), "cur": cur, "order": c.find_all(),
          "closest": c.find_closest(60, 175), "under": c.find_overlapping(150, 170, 151, 171),
          "outline": [c.itemcget(i, "outline") for i in c.find_withtag("token")]}
""",
"connect_four": r"""
import tkinter as tk

ROWS, COLS, SIZE = 6, 7, 50
root = tk.Tk()
root.title("Connect Four")
status = tk.Label(root, text="Red to move", font=("Arial", 12))
status.pack()
canvas = tk.Canvas(root, width=COLS * SIZE, height=ROWS * SIZE, bg="blue", highlightthickness=0)
canvas.pack()
grid = [[None] * COLS for _ in range(ROWS)]
holes = {}
for r in range(ROWS):
    for c in range(COLS):
        holes[(r, c)] = canvas.create_oval(c * SIZE + 5, r * SIZE + 5, (c + 1) * SIZE - 5, (r + 1) * SIZE - 5,
                                           fill="white", outline="navy", tags=("hole", "col%d" % c))
player = "red"
winner = None
drops = []

def four(r, c):
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
        n = 1
        for s in (1, -1):
            rr, cc = r + dr * s, c + dc * s
            while 0 <= rr < ROWS and 0 <= cc < COLS and grid[rr][cc] == player:
                n += 1
                rr += dr * s
                cc += dc * s
        if n >= 4:
            return True
    return False

def drop(event):
    global player, winner
    if winner:
        return
    col = event.x // SIZE
    for r in range(ROWS - 1, -1, -1):
        if grid[r][col] is None:
            grid[r][col] = player
            canvas.itemconfig(holes[(r, col)], fill=player)
            drops.append((col, r))
            if four(r, col):
                winner = player
                status.config(text=player.capitalize() + " wins!", fg=player)
                canvas.create_text(COLS * SIZE / 2, ROWS * SIZE / 2, text=player.upper() + " WINS",
                                   font=("Arial", 28, "bold"), fill="white")
                return
            player = "yellow" if player == "red" else "red"
            status["text"] = player.capitalize() + " to move"
            return
    status["text"] = "Column full"

def hover(event):
    col = event.x // SIZE
    canvas.itemconfig("hole", outline="navy")
    canvas.itemconfig("col%d" % col, outline="white")

canvas.bind("<Button-1>", drop)
canvas.bind("<Motion>", hover)
root.update()
for col in (3, 3, 4, 4, 2, 2, 3, 5, 3, 3, 3, 3, 1, 5):
    x = col * SIZE + SIZE // 2
    canvas.event_generate("<Motion>", x=x, y=10)
    canvas.event_generate("<Button-1>", x=x, y=10)
root.update()
print(status["text"])
RESULT = {"winner": winner, "drops": drops, "status": status["text"], "fg": status["fg"],
          "col3": [canvas.itemcget(holes[(r, 3)], "fill") for r in range(ROWS)],
          "outlined": [i for i in canvas.find_withtag("hole") if canvas.itemcget(i, "outline") == "white"],
          "text": canvas.find_withtag("all")[-1], "at": canvas.find_closest(175, 275)}
""",
"game_of_life": r"""
from tkinter import *

CELL = 12
N = 12

class Life(Frame):
    def __init__(self, master=None):
        Frame.__init__(self, master)
        self.pack()
        self.canvas = Canvas(self, width=N * CELL, height=N * CELL, bg="white", highlightthickness=0)
        self.canvas.pack(side=TOP)
        bar = Frame(self)
        bar.pack(side=BOTTOM, fill=X)
        self.gen_label = Label(bar, text="Generation 0")
        self.gen_label.pack(side=LEFT)
        self.run_button = Button(bar, text="Run", command=self.toggle)
        self.run_button.pack(side=RIGHT)
        Button(bar, text="Step", command=self.step).pack(side=RIGHT)
        Button(bar, text="Clear", command=self.clear).pack(side=RIGHT)
        self.alive = set()
        self.generation = 0
        self.running = False
        self.rects = {}
        for r in range(N):
            for c in range(N):
                self.rects[r, c] = self.canvas.create_rectangle(c * CELL, r * CELL, (c + 1) * CELL,
                                                                (r + 1) * CELL, fill="white", outline="#dddddd",
                                                                tags="cell")
        self.canvas.bind("<Button-1>", self.click)

    def click(self, event):
        item = self.canvas.find_closest(event.x, event.y)[0]
        x1, y1, _, _ = self.canvas.coords(item)
        cell = (int(y1) // CELL, int(x1) // CELL)
        self.alive ^= {cell}
        self.draw()

    def draw(self):
        for cell, rect in self.rects.items():
            self.canvas.itemconfig(rect, fill="black" if cell in self.alive else "white")
        self.gen_label.config(text="Generation %d" % self.generation)

    def step(self):
        counts = {}
        for r, c in self.alive:
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        key = ((r + dr) % N, (c + dc) % N)
                        counts[key] = counts.get(key, 0) + 1
        self.alive = {k for k, v in counts.items() if v == 3 or (v == 2 and k in self.alive)}
        self.generation += 1
        self.draw()

    def toggle(self):
        self.running = not self.running
        self.run_button.config(text="Stop" if self.running else "Run")
        if self.running:
            self.tick()

    def tick(self):
        if not self.running:
            return
        self.step()
        if self.generation >= 12:
            self.toggle()
            self.quit()
            return
        self.after(2, self.tick)

    def clear(self):
        self.alive = set()
        self.draw()

root = Tk()
root.title("Game of Life")
app = Life(master=root)
root.update()
for r, c in ((1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (7, 7), (7, 8), (7, 9)):
    app.canvas.event_generate("<Button-1>", x=c * CELL + 5, y=r * CELL + 6)
start = sorted(app.alive)
app.run_button.invoke()
app.mainloop()
print(app.gen_label["text"], len(app.alive))
RESULT = {"start": start, "alive": sorted(app.alive), "gen": app.generation, "label": app.gen_label["text"],
          "button": app.run_button["text"], "black": [i for i in app.canvas.find_withtag("cell")
                                                      if app.canvas.itemcget(i, "fill") == "black"],
          "bar": [str(w) for w in app.pack_slaves()], "info": app.canvas.pack_info()["side"]}
""",
"fifteen_puzzle": r"""
import random
import tkinter as tk

root = tk.Tk()
root.title("15 puzzle")
frame = tk.Frame(root, width=200, height=200, bg="gray30")
frame.pack(padx=10, pady=10)
frame.grid_propagate(False)
for i in range(4):
    frame.columnconfigure(i, weight=1, minsize=50)
    frame.rowconfigure(i, weight=1, minsize=50)
tiles = {}
empty = [3, 3]
moves = []

def slide(n):
    btn = tiles[n]
    info = btn.grid_info()
    r, c = int(info["row"]), int(info["column"])
    if abs(r - empty[0]) + abs(c - empty[1]) != 1:
        return False
    btn.grid(row=empty[0], column=empty[1])
    empty[:] = [r, c]
    moves.append(n)
    return True

for n in range(1, 16):
    r, c = divmod(n - 1, 4)
    tiles[n] = tk.Button(frame, text=str(n), font=("Arial", 14, "bold"), command=lambda n=n: slide(n))
    tiles[n].grid(row=r, column=c, sticky="nsew", padx=1, pady=1)
rng = random.Random(3)
for _ in range(30):
    neighbours = [w for w in frame.grid_slaves() if
                  abs(int(w.grid_info()["row"]) - empty[0]) + abs(int(w.grid_info()["column"]) - empty[1]) == 1]
    neighbours.sort(key=lambda w: int(w["text"]))
    rng.choice(neighbours).invoke()
root.update()
layout = [[None] * 4 for _ in range(4)]
for w in frame.grid_slaves():
    i = w.grid_info()
    layout[int(i["row"])][int(i["column"])] = w["text"]
blocked = tiles[1].invoke() if empty != [0, 1] else None
print(len(moves), empty)
RESULT = {"moves": moves, "empty": empty, "layout": layout, "blocked": blocked,
          "at": [w["text"] for w in frame.grid_slaves(row=empty[0])],
          "loc": frame.grid_location(120, 75), "bbox": frame.grid_bbox(1, 1), "size": frame.grid_size(),
          "prop": frame.grid_propagate(), "req": [frame.winfo_reqwidth(), frame.winfo_reqheight()],
          "row0": frame.grid_rowconfigure(0)}
""",
"ttk_style_theme": r"""
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Styled")
style = ttk.Style(root)
themes = style.theme_names()
if "clam" in themes:
    style.theme_use("clam")
style.configure("TButton", padding=6)
style.configure("Big.TButton", font=("Helvetica", 14, "bold"), foreground="white", background="#3366cc")
style.map("Big.TButton", background=[("pressed", "#113388"), ("active", "#4477dd")],
          foreground=[("disabled", "gray")])
style.configure("Title.TLabel", font=("Helvetica", 16), foreground="navy", padding=(10, 5))
style.configure("Card.TFrame", background="white", relief="ridge", borderwidth=2)
card = ttk.Frame(root, style="Card.TFrame", padding=10)
card.pack(padx=10, pady=10, fill="both")
title = ttk.Label(card, text="Settings", style="Title.TLabel")
title.pack(anchor="w")
normal = ttk.Button(card, text="Normal")
normal.pack(fill="x", pady=2)
big = ttk.Button(card, text="Big", style="Big.TButton")
big.pack(fill="x", pady=2)
off = ttk.Button(card, text="Off", style="Big.TButton")
off.state(["disabled"])
off.pack(fill="x", pady=2)
clicks = []
big.configure(command=lambda: clicks.append("big"))
big.invoke()
off.invoke()
root.update()
RESULT = {
    "theme": style.theme_use(), "has_clam": "clam" in themes, "sorted": sorted(themes),
    "big_cfg": style.configure("Big.TButton"), "big_font": style.configure("Big.TButton", "font"),
    "lookup_font": style.lookup("Big.TButton", "font"), "lookup_anchor": style.lookup("Big.TButton", "anchor"),
    "lookup_relief": style.lookup("Big.TButton", "relief"), "frame_bg": style.lookup("TFrame", "background"),
    "title_fg": style.lookup("Title.TLabel", "foreground"), "disabled_fg": style.lookup("TLabel", "foreground",
                                                                                      ["disabled"]),
    "lookup_active": style.lookup("Big.TButton", "background", ["active"]),
    "lookup_pressed": style.lookup("Big.TButton", "background", ["pressed", "active"]),
    "lookup_plain": style.lookup("Big.TButton", "background"),
    "lookup_default": style.lookup("Big.TButton", "nosuchoption", default="x"),
    "map": style.map("Big.TButton"), "map_fg": style.map("Big.TButton", "foreground"),
    "card_bg": style.lookup("Card.TFrame", "background"),
    "layout": style.layout("TButton"), "label_layout": style.layout("Title.TLabel"),
    "opts": style.element_options("Button.border"),
    "styles": [w["style"] or w.winfo_class() for w in (card, title, normal, big)],
    "clicks": clicks, "off": list(off.state()), "instate": off.instate(["disabled"]),
    "classes": [w.winfo_class() for w in card.winfo_children()],
}
""",
"treeview_tree": r"""
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Project explorer")
style = ttk.Style()
style.configure("Treeview", rowheight=24)
style.configure("Treeview.Heading", font=("Helvetica", 11, "bold"))
tree = ttk.Treeview(root, columns=("size", "kind"), height=8)
tree.heading("#0", text="Name", anchor="w")
tree.heading("size", text="Size")
tree.heading("kind", text="Kind")
tree.column("#0", width=160, stretch=True)
tree.column("size", width=70, anchor="e", stretch=False)
tree.column("kind", width=80, anchor="center", minwidth=40)
tree.tag_configure("folder", foreground="navy", font=("Helvetica", 10, "bold"))
tree.tag_configure("big", background="#ffe0e0")
ysb = ttk.Scrollbar(root, orient="vertical", command=tree.yview)
tree.configure(yscrollcommand=ysb.set)
tree.grid(row=0, column=0, sticky="nsew")
ysb.grid(row=0, column=1, sticky="ns")
root.rowconfigure(0, weight=1)
root.columnconfigure(0, weight=1)
FILES = {"src": {"main.py": 1200, "util.py": 300, "gui": {"app.py": 5400, "widgets.py": 2200}},
         "docs": {"index.rst": 800}, "README.md": 150, "setup.py": 90}
def add(parent, entries):
    for name, value in entries.items():
        if isinstance(value, dict):
            node = tree.insert(parent, "end", iid=(parent + "/" if parent else "") + name, text=name,
                               values=("", "folder"), open=(name == "src"), tags=("folder",))
            add(node, value)
        else:
            tags = ("big",) if value > 2000 else ()
            tree.insert(parent, "end", iid=(parent + "/" if parent else "") + name, text=name,
                        values=(value, name.rsplit(".", 1)[-1]), tags=tags)
add("", FILES)
events = []
tree.bind("<<TreeviewSelect>>", lambda e: events.append(("select", tree.selection())))
tree.bind("<<TreeviewOpen>>", lambda e: events.append(("open", tree.focus())))
sorted_by = []
def sort_by(col, reverse=False):
    items = [(tree.set(k, col), k) for k in tree.get_children("")]
    items.sort(reverse=reverse)
    for i, (_, k) in enumerate(items):
        tree.move(k, "", i)
    sorted_by.append(col)
    tree.heading(col, command=lambda: sort_by(col, not reverse))
tree.heading("kind", command=lambda: sort_by("kind"))
root.update()
tree.selection_set("src/main.py")
tree.selection_add("src/gui/app.py", "docs/index.rst")
tree.selection_remove("docs/index.rst")
tree.selection_toggle("README.md")
tree.focus("src/gui/app.py")
tree.see("src/gui/app.py")
root.update()
tree.item("docs", open=True)
tree.move("setup.py", "src", 0)
tree.detach("README.md")
detached = tree.exists("README.md"), tree.parent("README.md")
tree.reattach("README.md", "docs", "end")
tree.delete("src/util.py")
kids = tree.get_children("src")
tree.set("src/main.py", "size", 1300)
sort_by("kind")
top = tree.get_children()
hcmd = bool(tree.heading("kind", "command"))
root.update()
print(len(events), tree.focus())
RESULT = {
    "top": top, "kids": kids, "detached": detached, "events": events, "sel": tree.selection(),
    "focus": tree.focus(), "parent": tree.parent("src/gui/widgets.py"), "next": tree.next("src/main.py"),
    "prev": tree.prev("src/gui"), "index": tree.index("src/gui"), "exists": tree.exists("src/util.py"),
    "open": [tree.item(i, "open") for i in ("src", "docs", "src/gui")],
    "item": tree.item("src/gui/app.py"), "values": tree.item("src/main.py", "values"),
    "set": tree.set("src/main.py"), "size": tree.set("src/gui/app.py", "size"),
    "tags": tree.tag_has("big"), "tagcfg": tree.tag_configure("big", "background"),
    "heading": tree.heading("size"), "column": tree.column("size"), "col0": tree.column("#0", "width"),
    "hcmd": hcmd, "sorted": sorted_by, "cols": tree["columns"], "show": tree["show"],
    "selectmode": str(tree["selectmode"]), "height": tree["height"], "displaycolumns": tree["displaycolumns"],
    "readme": tree.parent("README.md"), "docs": tree.get_children("docs"),
}
""",
"notebook_wizard": r"""
import tkinter as tk
from tkinter import ttk

class Wizard(tk.Tk):
    def __init__(self):
        super().__init__()
        self.title("Setup wizard")
        self.nb = ttk.Notebook(self)
        self.nb.pack(fill="both", expand=True, padx=5, pady=5)
        self.pages = []
        for name in ("Welcome", "License", "Options", "Install"):
            f = ttk.Frame(self.nb, padding=10)
            ttk.Label(f, text="This is the %s page" % name).pack()
            self.nb.add(f, text=name)
            self.pages.append(f)
        self.agree = tk.BooleanVar(value=False)
        ttk.Checkbutton(self.pages[1], text="I agree", variable=self.agree, command=self.update_tabs).pack()
        self.nb.tab(2, state="disabled")
        self.nb.tab(3, state="disabled")
        bar = ttk.Frame(self)
        bar.pack(fill="x")
        self.back = ttk.Button(bar, text="< Back", command=self.go_back)
        self.back.pack(side="left")
        self.next = ttk.Button(bar, text="Next >", command=self.go_next)
        self.next.pack(side="right")
        self.changes = []
        self.nb.bind("<<NotebookTabChanged>>", self.on_change)
        self.nb.enable_traversal()

    def on_change(self, event):
        self.changes.append(self.nb.index("current"))

    def update_tabs(self):
        state = "normal" if self.agree.get() else "disabled"
        self.nb.tab(2, state=state)
        self.nb.tab(3, state=state)

    def go_next(self):
        i = self.nb.index(self.nb.select())
        if i + 1 < self.nb.index("end") and self.nb.tab(i + 1, "state") != "disabled":
            self.nb.select(i + 1)

    def go_back(self):
        i = self.nb.index("current")
        if i > 0:
            self.nb.select(i - 1)

app = Wizard()
app.update()
app.next.invoke()
app.next.invoke()  # Options is disabled
stuck = app.nb.index("current")
app.agree.set(True)
app.update_tabs()
app.next.invoke()
app.next.invoke()
app.back.invoke()
app.update()
extra = ttk.Frame(app.nb)
app.nb.insert(1, extra, text="Readme", underline=0)
app.nb.hide(app.pages[1])
hidden = app.nb.tab(app.pages[1], "state")
app.nb.add(app.pages[1])
app.nb.forget(extra)
app.update()
root = app
RESULT = {
    "stuck": stuck, "changes": app.changes, "current": app.nb.index("current"), "end": app.nb.index("end"),
    "tabs": [str(t) for t in app.nb.tabs()], "select": str(app.nb.select()), "hidden": hidden,
    "texts": [app.nb.tab(t, "text") for t in app.nb.tabs()], "states": [app.nb.tab(t, "state") for t in app.nb.tabs()],
    "tab": {k: str(v) for k, v in app.nb.tab(0).items()}, "index_widget": app.nb.index(app.pages[3]),
    "mapped": [p.winfo_ismapped() for p in app.pages], "exists": extra.winfo_exists(),
    "manager": extra.winfo_manager(), "pmanager": app.pages[0].winfo_manager(),
}
""",
"paned_layout": r"""
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.geometry("500x300")
outer = ttk.PanedWindow(root, orient=tk.HORIZONTAL)
outer.pack(fill=tk.BOTH, expand=True)
left = ttk.Frame(outer, width=150, height=300, relief="sunken")
right = ttk.PanedWindow(outer, orient=tk.VERTICAL)
outer.add(left, weight=1)
outer.add(right, weight=3)
top = tk.Text(right, height=5, width=30)
bottom = tk.Listbox(right, height=4)
right.add(top, weight=2)
right.add(bottom, weight=1)
root.update()
s0 = outer.sashpos(0)
r0 = right.sashpos(0)
outer.sashpos(0, 200)
root.update()
s1 = outer.sashpos(0)
info = outer.pane(left)
extra = ttk.Label(right, text="status")
right.insert(0, extra)
root.update()
panes_before = [str(p) for p in right.panes()]
right.forget(extra)
root.update()

classic = tk.PanedWindow(root, orient=tk.HORIZONTAL, sashwidth=6, sashrelief=tk.RAISED, bg="gray")
classic.pack(fill=tk.X)
a = tk.Label(classic, text="left", bg="lightblue", width=10)
b = tk.Label(classic, text="middle", bg="lightgreen", width=10)
c = tk.Label(classic, text="right", bg="pink", width=10)
classic.add(a, minsize=40)
classic.add(b, width=120)
classic.add(c, after=a)
root.update()
coord0 = classic.sash_coord(0)
classic.sash_place(0, 90, 0)
root.update()
coord1 = classic.sash_coord(0)
classic.paneconfigure(b, minsize=50)
classic.forget(c)
root.update()
RESULT = {
    "s0": s0, "r0": r0, "s1": s1, "weight": info["weight"], "panes_before": panes_before,
    "panes": [str(p) for p in right.panes()], "outer": [str(p) for p in outer.panes()],
    "classic": [str(p) for p in classic.panes()], "coord0": coord0, "coord1": coord1,
    "pcfg": classic.panecget(b, "minsize"), "pwidth": classic.panecget(b, "width"),
    "orient": str(outer["orient"]), "sizes": [left.winfo_width(), right.winfo_width()],
    "heights": [top.winfo_height(), bottom.winfo_height()], "mgr": left.winfo_manager(),
}
""",
"pixel_editor": r"""
import os
import tempfile
import tkinter as tk

SIZE = 8
root = tk.Tk()
root.title("Pixel editor")
img = tk.PhotoImage(width=SIZE, height=SIZE)
img.put("white", to=(0, 0, SIZE, SIZE))
zoomed = img.zoom(20)
canvas = tk.Canvas(root, width=SIZE * 20, height=SIZE * 20, highlightthickness=0)
canvas.pack()
canvas_img = canvas.create_image(0, 0, image=zoomed, anchor="nw")
palette = tk.Frame(root)
palette.pack(fill="x")
color = tk.StringVar(value="#000000")
for c in ("#000000", "#ff0000", "#00ff00", "#0000ff"):
    tk.Radiobutton(palette, bg=c, variable=color, value=c, indicatoron=False, width=2).pack(side="left")
preview = tk.Label(root, image=img)
preview.pack()

def paint(event):
    x, y = event.x // 20, event.y // 20
    if 0 <= x < SIZE and 0 <= y < SIZE:
        img.put(color.get(), (x, y))
        refresh()

def refresh():
    global zoomed
    zoomed = img.zoom(20)
    canvas.itemconfig(canvas_img, image=zoomed)

canvas.bind("<Button-1>", paint)
canvas.bind("<B1-Motion>", paint)
root.update()
canvas.event_generate("<Button-1>", x=5, y=5)
color.set("#ff0000")
for x in range(25, 160, 20):
    canvas.event_generate("<B1-Motion>", x=x, y=45)
color.set("#0000ff")
img.put("{#0000ff #0000ff #0000ff} {#00ff00 #00ff00 #00ff00}", to=(4, 5))
img.put(("#ffff00", "#ffff00"), to=(0, 7))
refresh()
row = [img.get(x, 2) for x in range(SIZE)]
small = img.subsample(2)
big = img.zoom(2, 3)
part = tk.PhotoImage()
part.tk.call(part, "copy", img, "-from", 0, 2, 4, 6)
copy2 = img.copy()
img.transparency_set(7, 7, True)
path = os.path.join(tempfile.mkdtemp(), "art.ppm")
img.write(path, format="ppm")
loaded = tk.PhotoImage(file=path)
blank = tk.PhotoImage(width=3, height=2)
blank.put("red", to=(0, 0, 3, 2))
before_blank = blank.get(1, 1)
blank.blank()
root.update()
RESULT = {
    "first": img.get(0, 0), "row": row, "block": [img.get(4, 5), img.get(6, 6), img.get(7, 5)],
    "yellow": [img.get(0, 7), img.get(1, 7)], "trans": [img.transparency_get(7, 7), img.transparency_get(0, 0)],
    "sizes": [(i.width(), i.height()) for i in (img, zoomed, small, big, part, copy2, loaded, blank)],
    "small": small.get(2, 1), "big": big.get(1, 7), "part": [part.get(0, 0), part.get(3, 3)],
    "copy2": copy2.get(3, 2), "loaded": [loaded.get(3, 2), loaded.get(7, 7)], "before_blank": before_blank,
    "blanked": blank.get(1, 1), "type": img.type(), "cfg": [img.cget("width"), str(zoomed["height"])],
    "names": str(img) in root.image_names(), "used": bool(img.name),
    "canvas": canvas.itemcget(canvas_img, "image") == str(zoomed), "bbox": canvas.bbox(canvas_img),
    "label": preview.winfo_reqwidth(),
}
""",
"geometry_queries": r"""
from tkinter import *

root = Tk()
root.title("Layout inspector")
side = Frame(root, width=120, height=200, bg="#ddeeff", bd=2, relief=GROOVE)
side.grid(row=0, column=0, rowspan=2, sticky=NS, padx=(5, 0), pady=5)
side.grid_propagate(False)
Label(side, text="Menu").grid(row=0, column=0, sticky=W)
for i, name in enumerate(("Open", "Save", "Close")):
    Button(side, text=name, width=8).grid(row=i + 1, column=0, pady=2, padx=4)
main = Frame(root, bd=1, relief=SUNKEN)
main.grid(row=0, column=1, sticky=NSEW, padx=5, pady=5)
root.columnconfigure(1, weight=1)
root.rowconfigure(0, weight=1)
title = Label(main, text="Document", font=("Helvetica", 14))
title.pack(side=TOP, fill=X, ipady=4)
body = Text(main, width=30, height=6)
body.pack(side=LEFT, fill=BOTH, expand=True)
bar = Scrollbar(main, command=body.yview)
bar.pack(side=RIGHT, fill=Y)
status = Label(root, text="Ready", anchor=W, bd=1, relief=SUNKEN)
status.grid(row=1, column=1, sticky=EW, padx=5)
badge = Label(main, text="NEW", bg="red", fg="white")
badge.place(relx=1.0, x=-4, y=4, anchor=NE)
fixed = Frame(root, width=80, height=30, bg="yellow")
fixed.grid(row=2, column=0, columnspan=2)
fixed.pack_propagate(False)
Label(fixed, text="fixed size").pack()
root.update()
before = [status.winfo_reqwidth(), status.winfo_reqheight()]
status.config(text="Saved 3 files to the disk", font=("Courier", 11), padx=6)
after = [status.winfo_reqwidth(), status.winfo_reqheight()]
hidden = root.grid_slaves(row=1, column=1)
status.grid_remove()
root.update()
removed = [status.winfo_ismapped(), status.winfo_manager(), root.grid_slaves(row=1, column=1)]
status.grid()
root.update()
info = status.grid_info()
pinfo = title.pack_info()
plinfo = badge.place_info()
RESULT = {
    "before": before, "after": after, "hidden": [str(w) for w in hidden],
    "removed": [removed[0], removed[1], [str(w) for w in removed[2]]],
    "info": {k: str(v) for k, v in info.items()}, "pinfo": {k: str(v) for k, v in pinfo.items()},
    "plinfo": {k: str(v) for k, v in plinfo.items()}, "size": root.grid_size(), "side_size": side.grid_size(),
    "bbox": root.grid_bbox(), "bbox01": root.grid_bbox(0, 1), "cell": root.grid_bbox(1, 0, 1, 1),
    "loc": [root.grid_location(10, 10), root.grid_location(200, 60), root.grid_location(-5, 500)],
    "prop": [side.grid_propagate(), fixed.pack_propagate(), main.pack_propagate()],
    "slaves": [str(w) for w in side.grid_slaves(column=0)], "row1": [str(w) for w in side.grid_slaves(row=1)],
    "packs": [str(w) for w in main.pack_slaves()], "places": [str(w) for w in main.place_slaves()],
    "req": [side.winfo_reqwidth(), side.winfo_reqheight(), fixed.winfo_reqwidth(), main.winfo_reqwidth()],
    "geo": [w.winfo_geometry() for w in (side, main, status, badge, fixed)],
    "colcfg": root.grid_columnconfigure(1), "rowcfg": root.rowconfigure(0, "weight"),
    "root_req": [root.winfo_reqwidth(), root.winfo_reqheight()],
}
""",
"whack_a_mole": r"""
import random
import tkinter as tk

random.seed(4)
root = tk.Tk()
root.title("Whack-a-mole")
score = tk.IntVar(value=0)
misses = tk.IntVar(value=0)
top = tk.Frame(root)
top.pack(fill="x")
tk.Label(top, text="Score:").pack(side="left")
tk.Label(top, textvariable=score, width=3).pack(side="left")
tk.Label(top, textvariable=misses, width=3, fg="red").pack(side="right")
tk.Label(top, text="Misses:").pack(side="right")
board = tk.Canvas(root, width=240, height=240, bg="#7cbf5a", highlightthickness=0)
board.pack()
holes = []
for r in range(3):
    for c in range(3):
        x, y = 40 + c * 80, 40 + r * 80
        holes.append((x, y))
        board.create_oval(x - 30, y - 12, x + 30, y + 12, fill="#4a2f1b", outline="", tags="hole")
mole = board.create_oval(-100, -100, -60, -60, fill="#8b5a2b", outline="black", width=2, tags="mole")
log = []
board.tag_bind("mole", "<Enter>", lambda e: (board.itemconfig(mole, fill="#b07a3b"), log.append("enter")))
board.tag_bind("mole", "<Leave>", lambda e: (board.itemconfig(mole, fill="#8b5a2b"), log.append("leave")))
def whack(event):
    score.set(score.get() + 1)
    log.append(("hit", board.find_withtag("current")))
    board.coords(mole, -100, -100, -60, -60)
board.tag_bind("mole", "<ButtonPress-1>", whack)
board.bind("<ButtonPress-1>", lambda e: log.append(("click", board.find_withtag("current"))), add="+")
turns = 0
def pop_up():
    global turns
    turns += 1
    if turns > 8:
        root.quit()
        return
    x, y = random.choice(holes)
    if board.coords(mole)[0] >= 0:
        misses.set(misses.get() + 1)
    board.coords(mole, x - 20, y - 28, x + 20, y + 8)
    board.tag_raise(mole)
    root.after(3, try_hit, x, y)

def try_hit(x, y):
    # the player's pointer rests on the middle hole; clicks when the mole is in the left column
    root.update_idletasks()
    log.append(("under", board.find_withtag("current"), turns))
    if x == 40:
        board.event_generate("<ButtonPress-1>", x=x, y=y - 10)
        board.event_generate("<ButtonRelease-1>", x=x, y=y - 10)
        board.event_generate("<Motion>", x=120, y=110)
    root.after(3, pop_up)

root.update()
board.event_generate("<Motion>", x=120, y=110)
root.after(1, pop_up)
root.mainloop()
print(score.get(), misses.get(), turns)
RESULT = {"score": score.get(), "misses": misses.get(), "log": log, "mole": board.coords(mole),
          "fill": board.itemcget(mole, "fill"), "current": board.find_withtag("current"),
          "closest": board.find_closest(120, 110), "holes": len(board.find_withtag("hole"))}
""",
"treeview_cell_editor": r"""
import tkinter as tk
from tkinter import ttk

class EditableTree(ttk.Treeview):
    # a Treeview whose cells can be edited in place (an Entry over the cell)
    def __init__(self, master, **kw):
        super().__init__(master, **kw)
        self.editor = None
        self.log = []
        self.bind("<Motion>", self.on_motion)
        self.bind("<Return>", self.on_return)

    def on_motion(self, event):
        self.log.append((self.identify_row(event.y), self.identify_column(event.x),
                         self.identify_region(event.x, event.y)))

    def on_return(self, event):
        item = self.focus()
        if item:
            self.edit(item, "#2")

    def edit(self, item, column):
        box = self.bbox(item, column)
        if not box:
            return
        x, y, w, h = box
        self.editor = ttk.Entry(self)
        self.editor.place(x=x, y=y, width=w, height=h)
        self.editor.insert(0, self.set(item, column))
        self.editor.select_range(0, "end")
        self.editor.bind("<Return>", lambda e: self.save(item, column))
        self.editor.bind("<Escape>", lambda e: self.editor.destroy())
        self.editor.focus_force()

    def save(self, item, column):
        self.set(item, column, self.editor.get())
        self.log.append(("saved", item, self.set(item, column)))
        self.editor.destroy()
        self.editor = None

root = tk.Tk()
root.title("Inventory editor")
root.geometry("420x200")
frame = ttk.Frame(root)
frame.pack(fill="both", expand=True)
tree = EditableTree(frame, columns=("qty", "price"), height=5)
tree.heading("#0", text="Product")
tree.heading("qty", text="Qty")
tree.heading("price", text="Price")
tree.column("#0", width=140)
tree.column("qty", width=60, anchor="e")
tree.column("price", width=80, anchor="e", stretch=False)
vsb = ttk.Scrollbar(frame, orient="vertical", command=tree.yview)
tree.configure(yscrollcommand=vsb.set)
vsb.pack(side="right", fill="y")
tree.pack(side="left", fill="both", expand=True)
fruit = tree.insert("", "end", text="Fruit", open=True)
for i, name in enumerate(("apple", "banana", "cherry", "date")):
    tree.insert(fruit, "end", iid=name, text=name, values=(10 * (i + 1), "%.2f" % (0.5 + i)))
veg = tree.insert("", "end", text="Vegetables")
for name in ("carrot", "leek"):
    tree.insert(veg, "end", iid=name, text=name, values=(5, "0.80"))
for i in range(6):
    tree.insert("", "end", iid="misc%d" % i, text="misc %d" % i, values=(i, "1.00"))
root.update()
widths = [tree.column(c, "width") for c in ("#0", "qty", "price")]
first_view = tree.yview()
for x, y in ((20, 10), (20, 30), (150, 50), (210, 70), (300, 90), (160, 150), (5, 199)):
    tree.event_generate("<Motion>", x=x, y=y)
tree.focus("banana")
tree.focus_force()
tree.event_generate("<Return>")
root.update()
editor_geom = tree.editor.winfo_geometry()
tree.editor.delete(0, "end")
tree.editor.insert(0, "42")
tree.editor.event_generate("<Return>")
tree.yview_scroll(3, "units")
root.update()
scrolled = [tree.yview(), tree.bbox("banana"), tree.bbox("misc2"), tree.identify_row(30)]
tree.see("leek")
root.update()
after_see = [tree.yview(), tree.item(veg, "open"), tree.bbox("leek", "#0")]
tree.item(fruit, open=False)
root.update()
closed = [tree.yview(), tree.bbox("apple"), vsb.get()]
print(widths, tree.set("banana", "qty"))
RESULT = {"widths": widths, "first_view": first_view, "log": tree.log, "editor": editor_geom,
          "qty": tree.set("banana", "qty"), "scrolled": scrolled, "after_see": after_see, "closed": closed,
          "bar": vsb.get(), "children": [str(w) for w in tree.winfo_children()]}
""",
"theme_switcher": r"""
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("ttk theme preview")
style = ttk.Style()
top = ttk.Frame(root, padding=5)
top.pack(fill="x")
ttk.Label(top, text="Theme:").pack(side="left")
chooser = ttk.Combobox(top, values=sorted(style.theme_names()), state="readonly", width=10)
chooser.set(style.theme_use())
chooser.pack(side="left", padx=5)
body = ttk.Frame(root, padding=5)
body.pack(fill="both", expand=True)
nb = ttk.Notebook(body)
nb.pack(fill="both", expand=True)
page = ttk.Frame(nb, padding=4)
nb.add(page, text="Controls")
nb.add(ttk.Frame(nb), text="Empty")
ttk.Button(page, text="Button").grid(row=0, column=0, sticky="w")
ttk.Checkbutton(page, text="Check").grid(row=0, column=1, sticky="w")
ttk.Radiobutton(page, text="Radio", value=1).grid(row=1, column=0, sticky="w")
ttk.Entry(page, width=12).grid(row=1, column=1)
ttk.Spinbox(page, from_=0, to=9, width=5).grid(row=2, column=0, sticky="w")
ttk.Scale(page, length=90).grid(row=2, column=1)
ttk.Progressbar(page, length=90, value=40).grid(row=3, column=0, columnspan=2, sticky="ew", pady=3)
group = ttk.Labelframe(page, text="Group", padding=3)
group.grid(row=4, column=0, columnspan=2, sticky="ew")
ttk.Menubutton(group, text="Menu").pack(side="left")
ttk.Separator(group, orient="vertical").pack(side="left", fill="y", padx=3)
ttk.Label(group, text="inside").pack(side="left")
panes = ttk.Panedwindow(page, orient="horizontal")
panes.grid(row=5, column=0, columnspan=2, sticky="ew", pady=3)
panes.add(ttk.Label(panes, text="left"))
panes.add(ttk.Label(panes, text="right"))
tree = ttk.Treeview(page, columns=("v",), height=2)
tree.column("#0", width=80)
tree.column("v", width=60)
tree.insert("", "end", text="item", values=(1,))
tree.grid(row=6, column=0, columnspan=2)
ttk.Scrollbar(page, orient="horizontal").grid(row=7, column=0, columnspan=2, sticky="ew")
sizes = {}
def on_theme(event=None):
    style.theme_use(chooser.get())
    root.update()
    sizes[chooser.get()] = [root.winfo_reqwidth(), root.winfo_reqheight(), nb.winfo_reqheight(),
                            panes.sashpos(0), tree.bbox("I001")]
chooser.bind("<<ComboboxSelected>>", on_theme)
for name in ("clam", "alt", "classic", "default", "clam"):
    chooser.set(name)
    chooser.event_generate("<<ComboboxSelected>>")
root.update()
RESULT = {"sizes": sizes, "theme": style.theme_use(), "values": list(chooser["values"]),
          "lookup": [style.lookup(".", "background"), style.lookup("TButton", "background", ["active"]),
                     style.lookup("Treeview", "background", ["selected"]), style.map("TButton", "background")]}
""",
}
