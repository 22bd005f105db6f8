package kz.dvp.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The grouping alone, with a write the test finishes by hand: who goes with whom, and who gets which answer. */
class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Each group written, and its transaction, which the test ends. */
    private final List<List<Integer>> groups = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> transactions = new CopyOnWriteArrayList<>();
    private Vertx vertx;

    @AfterEach
    void close() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    /** Tens the inputs, failing the whole group if any is negative, once the test ends its transaction. */
    private Uni<List<Integer>> write(List<Integer> inputs) {
        groups.add(inputs);
        CompletableFuture<Void> transaction = new CompletableFuture<>();
        transactions.add(transaction);
        return Uni.createFrom().completionStage(transaction).map(ignored -> {
            if (inputs.stream().anyMatch(i -> i < 0)) {
                throw new IllegalStateException("a statement failed");
            }
            return inputs.stream().map(i -> i * 10).toList();
        });
    }

    private void commitAll() {
        transactions.forEach(t -> t.complete(null));
    }

    /** Ends transactions until {@code count} groups have been written and every one has ended. */
    private void commitUntil(int count) {
        while (groups.size() < count) {
            commitAll();
        }
        commitAll();
    }

    /** Submits {@code from} to {@code to}, in order; their answers in the same order. */
    private static List<CompletableFuture<Integer>> submitAll(GroupCommit<Integer, Integer> commit, int from, int to) {
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            answers.add(commit.submit(i).subscribeAsCompletionStage());
        }
        return answers;
    }

    @Test
    void writesArrivingWhileTheTransactionsAreBusyGoTogetherInOrder() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::write, 100, 1, size -> { });
        List<CompletableFuture<Integer>> answers = submitAll(commit, 1, 6);
        assertThat(groups).containsExactly(List.of(1)); // the first found the transaction free and went alone
        transactions.get(0).complete(null);
        assertThat(groups).containsExactly(List.of(1), List.of(2, 3, 4, 5, 6));
        commitAll();
        assertThat(answers).extracting(CompletableFuture::join).containsExactly(10, 20, 30, 40, 50, 60);
    }

    @Test
    void aGroupHoldsAtMostMaxSizeAndAtMostMaxGroupsRunAtOnce() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::write, 2, 2, size -> { });
        List<CompletableFuture<Integer>> answers = submitAll(commit, 1, 7);
        assertThat(groups).containsExactly(List.of(1), List.of(2));
        transactions.get(1).complete(null);
        assertThat(groups).containsExactly(List.of(1), List.of(2), List.of(3, 4));
        commitUntil(5);
        assertThat(groups).containsExactly(List.of(1), List.of(2), List.of(3, 4), List.of(5, 6), List.of(7));
        assertThat(answers).extracting(CompletableFuture::join).containsExactly(10, 20, 30, 40, 50, 60, 70);
    }

    @Test
    void aFailedGroupIsWrittenAgainOneByOneSoOnlyTheBadWriteFails() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::write, 100, 1, size -> { });
        CompletableFuture<Integer> first = commit.submit(1).subscribeAsCompletionStage();
        CompletableFuture<Integer> good = commit.submit(2).subscribeAsCompletionStage();
        CompletableFuture<Integer> bad = commit.submit(-3).subscribeAsCompletionStage();
        CompletableFuture<Integer> alsoGood = commit.submit(4).subscribeAsCompletionStage();
        commitUntil(5);
        assertThat(groups).containsExactly(List.of(1), List.of(2, -3, 4), List.of(2), List.of(-3), List.of(4));
        assertThat(first.join()).isEqualTo(10);
        assertThat(good.join()).isEqualTo(20);
        assertThat(alsoGood.join()).isEqualTo(40);
        assertThatThrownBy(bad::join).hasRootCauseMessage("a statement failed");
    }

    @Test
    void anOutageFailsTheGroupsWritesWithoutWritingThemAgain() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::write, 100, 1, size -> { });
        CompletableFuture<Integer> first = commit.submit(1).subscribeAsCompletionStage();
        List<CompletableFuture<Integer>> waiting = submitAll(commit, 2, 4);
        // the connection is lost while the group commits: whether it committed is not known, so it is not written again
        Exception lost = new IllegalStateException(new ConnectException("Connection refused"));
        transactions.get(0).completeExceptionally(lost);
        transactions.get(1).completeExceptionally(lost);
        assertThat(groups).containsExactly(List.of(1), List.of(2, 3, 4));
        assertThatThrownBy(first::join).hasRootCauseMessage("Connection refused");
        assertThat(waiting).allSatisfy(answer -> assertThatThrownBy(answer::join).hasRootCauseMessage("Connection refused"));
    }

    @Test
    void theGroupIsWrittenOnItsFirstCallersContextAndEachAnswerComesBackOnItsOwn() throws Exception {
        vertx = Vertx.vertx();
        List<Context> writtenOn = new CopyOnWriteArrayList<>();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(inputs -> {
            writtenOn.add(Vertx.currentContext());
            return this.write(inputs);
        }, 100, 1, size -> { });
        Context one = vertx.getOrCreateContext();
        Context two = vertx.getOrCreateContext();
        CompletableFuture<Context> answeredOnOne = new CompletableFuture<>();
        CompletableFuture<Context> answeredOnTwo = new CompletableFuture<>();
        one.runOnContext(ignored -> commit.submit(1).subscribe().with(r -> answeredOnOne.complete(Vertx.currentContext())));
        awaitGroups(1);
        // 2 then 3 wait for the first group, each sent from its own caller's context
        CompletableFuture<Void> twoQueued = new CompletableFuture<>();
        two.runOnContext(ignored -> {
            commit.submit(2).subscribe().with(r -> answeredOnTwo.complete(Vertx.currentContext()));
            twoQueued.complete(null);
        });
        twoQueued.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        CompletableFuture<Void> threeQueued = new CompletableFuture<>();
        one.runOnContext(ignored -> {
            commit.submit(3).subscribe().with(r -> { });
            threeQueued.complete(null);
        });
        threeQueued.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        transactions.get(0).complete(null);
        awaitGroups(2);
        commitAll();
        assertThat(groups).containsExactly(List.of(1), List.of(2, 3));
        assertThat(writtenOn).containsExactly(one, two);
        assertThat(answeredOnOne.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isSameAs(one);
        assertThat(answeredOnTwo.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isSameAs(two);
    }

    private void awaitGroups(int count) {
        await().atMost(WAIT).until(() -> groups.size() >= count);
    }
}
